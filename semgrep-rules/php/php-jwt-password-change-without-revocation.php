<?php

namespace App\Controller;

use Lexik\Bundle\JWTAuthenticationBundle\Services\JWTTokenManagerInterface;

final class SecurityController extends AbstractController
{
    public function __construct(private JWTTokenManagerInterface $jwtManager) {}

    #[Route('/api/account/password', methods: ['PUT'])]
    public function changePassword(Request $request): JsonResponse
    {
        $user = $this->getUser();
        // ruleid: php-jwt-password-change-without-revocation
        $user->setPassword($this->hasher->hashPassword($user, (string) $request->toArray()['password']));
        $this->em->flush();

        return new JsonResponse(['ok' => true]);
    }

    #[Route('/api/account/password/v2', methods: ['PUT'])]
    public function updatePassword(Request $request): JsonResponse
    {
        $user = $this->getUser();
        // ok: php-jwt-password-change-without-revocation
        $user->setPassword($this->hasher->hashPassword($user, (string) $request->toArray()['password']));
        $user->setTokenVersion($user->getTokenVersion() + 1);
        $this->em->flush();

        return new JsonResponse(['ok' => true]);
    }

    public function register(Request $request): JsonResponse
    {
        $user = new User();
        // ok: php-jwt-password-change-without-revocation
        $user->setPassword($this->hasher->hashPassword($user, (string) $request->toArray()['password']));
        return new JsonResponse(['token' => $this->jwtManager->create($user)]);
    }
}

class PasswordController
{
    public function resetPassword(Request $request)
    {
        $user = User::where('email', $request->email)->firstOrFail();
        // ruleid: php-jwt-password-change-without-revocation
        $user->update(['password' => Hash::make($request->password)]);
        return response()->json(['message' => 'ok']);
    }

    public function changePassword(Request $request)
    {
        $user = auth('api')->user();
        // ok: php-jwt-password-change-without-revocation
        $user->update(['password' => Hash::make($request->password)]);
        auth('api')->invalidate(true);
        return response()->json(['message' => 'ok']);
    }
}
