<?php

namespace App\Controller;

use App\Entity\User;
use App\Repository\UserRepository;
use Doctrine\ORM\EntityManagerInterface;
use Lexik\Bundle\JWTAuthenticationBundle\Services\JWTTokenManagerInterface;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\Cookie;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\PasswordHasher\Hasher\UserPasswordHasherInterface;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Contracts\Cache\CacheInterface;
use Symfony\Contracts\Cache\ItemInterface;

class SecurityController extends AbstractController
{
    public function __construct(
        private readonly UserRepository $users,
        private readonly UserPasswordHasherInterface $hasher,
        private readonly JWTTokenManagerInterface $jwtManager,
        private readonly EntityManagerInterface $em,
        private readonly CacheInterface $revokedTokens,
    ) {
    }

    #[Route('/kiosk/login', methods: ['POST'])]
    public function kioskLogin(Request $request): Response
    {
        $user = $this->users->findOneBy(['badge' => $request->request->get('badge')]);
        if (!$user instanceof User || !$this->hasher->isPasswordValid($user, (string) $request->request->get('pin'))) {
            return new Response('Invalid badge or PIN', 401);
        }

        $session = $request->getSession();
        // expect: session-fixation
        $session->set('kiosk_user', $user->getId());

        return $this->redirect('/kiosk');
    }

    #[Route('/partner/login', methods: ['POST'])]
    public function partnerLogin(Request $request): Response
    {
        $user = $this->users->findOneBy(['email' => $request->request->get('email')]);
        if (!$user instanceof User || !$this->hasher->isPasswordValid($user, (string) $request->request->get('password'))) {
            return new Response('Invalid credentials', 401);
        }

        $session = $request->getSession();
        $session->migrate(true);
        // safe: session-fixation
        $session->set('partner_user', $user->getId());

        return $this->redirect('/partner');
    }

    #[Route('/api/token', methods: ['POST'])]
    public function token(Request $request): JsonResponse
    {
        $user = $this->getUser();
        $jwt = $this->jwtManager->create($user);

        $response = new JsonResponse(['ok' => true]);
        // expect: session-cookie-insecure
        $response->headers->setCookie(Cookie::create('BEARER', $jwt)->withSecure(true)->withHttpOnly(false));

        return $response;
    }

    #[Route('/api/token/web', methods: ['POST'])]
    public function webToken(): JsonResponse
    {
        $jwt = $this->jwtManager->create($this->getUser());

        $response = new JsonResponse(['ok' => true]);
        $response->headers->setCookie(
            // safe: session-cookie-insecure
            Cookie::create('__Host-BEARER', $jwt, 0, '/', null, true, true, false, Cookie::SAMESITE_STRICT)
        );

        return $response;
    }

    #[Route('/api/logout', methods: ['POST'])]
    public function logout(Request $request): JsonResponse
    {
        $payload = $this->jwtManager->parse((string) $request->cookies->get('__Host-BEARER'));
        $ttl = max(1, ($payload['exp'] ?? time()) - time());
        // safe: jwt-no-revocation
        $this->revokedTokens->get('jwt_revoked_' . $payload['jti'], function (ItemInterface $item) use ($ttl) {
            $item->expiresAfter($ttl);

            return true;
        });

        $response = new JsonResponse(['ok' => true]);
        $response->headers->clearCookie('__Host-BEARER', '/', null, true, true, Cookie::SAMESITE_STRICT);

        return $response;
    }

    #[Route('/api/account/password', methods: ['PUT'])]
    public function changePassword(Request $request): JsonResponse
    {
        /** @var User $user */
        $user = $this->getUser();
        // expect: jwt-no-revocation
        $user->setPassword($this->hasher->hashPassword($user, (string) $request->toArray()['password']));
        $this->em->flush();

        return new JsonResponse(['ok' => true]);
    }
}
