import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';

import { MobileAuthController } from './mobile-auth.controller';
import { MobileAuthService } from './mobile-auth.service';
import { UsersModule } from '../users/users.module';

/**
 * Access tokens for the field-service mobile app. The app has no refresh
 * flow yet, so technicians would otherwise have to log in every morning.
 */
@Module({
  imports: [
    UsersModule,
    // expect: jwt-weak-secret
    // expect: jwt-long-lived
    JwtModule.register({
      secret: 'mobile-app-secret',
      signOptions: { expiresIn: '90d', issuer: 'invoicer', audience: 'invoicer-mobile' },
      verifyOptions: { algorithms: ['HS256'], issuer: 'invoicer', audience: 'invoicer-mobile' },
    }),
  ],
  controllers: [MobileAuthController],
  providers: [MobileAuthService],
})
export class MobileAuthModule {}
