<?php

namespace App\Controller;

use App\Repository\MemberRepository;
use Lcobucci\JWT\Configuration;
use Lcobucci\JWT\Signer\Hmac\Sha256;
use Lcobucci\JWT\Signer\Key\InMemory;
use Lcobucci\JWT\Validation\Constraint\SignedWith;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\Cookie;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\PasswordHasher\Hasher\UserPasswordHasherInterface;
use Symfony\Component\Routing\Attribute\Route;

class SecurityController extends AbstractController
{
    private Configuration $jwt;

    public function __construct(private MemberRepository $members, string $kernelEnvironment)
    {
        if ($kernelEnvironment === 'dev') {
            // expect: jwt-none-algorithm
            $this->jwt = Configuration::forUnsecuredSigner();
        } else {
            // expect: jwt-weak-secret
            $this->jwt = Configuration::forSymmetricSigner(new Sha256(), InMemory::plainText('member-portal-signing-key'));
        }
    }

    #[Route('/member/login', name: 'member_login', methods: ['POST'])]
    public function login(Request $request, UserPasswordHasherInterface $hasher): Response
    {
        $member = $this->members->findOneBy(['email' => $request->request->get('email')]);
        if (!$member || !$hasher->isPasswordValid($member, (string) $request->request->get('password'))) {
            return $this->redirectToRoute('member_login_form', ['error' => 1]);
        }

        $session = $request->getSession();
        // expect: session-fixation
        $session->set('member_id', $member->getId());

        return $this->redirectToRoute('member_home');
    }

    #[Route('/api/me', name: 'api_me', methods: ['GET'])]
    public function me(Request $request): JsonResponse
    {
        $raw = substr((string) $request->headers->get('Authorization'), 7);
        // safe: jwt-signature-not-verified
        $token = $this->jwt->parser()->parse($raw);

        // expect: jwt-claims-not-validated
        if (!$this->jwt->validator()->validate($token, new SignedWith($this->jwt->signer(), $this->jwt->verificationKey()))) {
            return new JsonResponse(['error' => 'invalid token'], 401);
        }

        return new JsonResponse(['id' => $token->claims()->get('uid')]);
    }

    #[Route('/api/impersonation/target', name: 'api_impersonation_target', methods: ['GET'])]
    public function impersonationTarget(Request $request): JsonResponse
    {
        // expect: jwt-signature-not-verified
        $token = $this->jwt->parser()->parse((string) $request->query->get('token'));
        $target = $this->members->find($token->claims()->get('uid'));

        return new JsonResponse(['email' => $target?->getEmail()]);
    }

    #[Route('/api/logout', name: 'api_logout', methods: ['POST'])]
    public function logout(): Response
    {
        $response = new JsonResponse(['ok' => true]);
        // expect: jwt-no-revocation
        $response->headers->clearCookie('BEARER', '/', null, true, true, Cookie::SAMESITE_STRICT);

        return $response;
    }
}
