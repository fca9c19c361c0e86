import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  SubscribeMessage,
  WebSocketGateway,
  WsException,
} from '@nestjs/websockets';
import { Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Socket } from 'socket.io';
import { ChannelsService } from './channels.service';

interface SocketClaims {
  sub: string;
  roles: string[];
  iss?: string;
}

@WebSocketGateway({ namespace: '/notifications', cors: { origin: process.env.WEB_ORIGIN, credentials: true } })
export class NotificationsGateway implements OnGatewayConnection {
  private readonly logger = new Logger(NotificationsGateway.name);

  constructor(private readonly jwt: JwtService, private readonly channels: ChannelsService) {}

  async handleConnection(client: Socket) {
    const token = String(client.handshake.auth?.token ?? '');
    try {
      // safe: jwt-signature-not-verified
      // safe: jwt-claims-not-validated
      const claims = await this.jwt.verifyAsync<SocketClaims>(token, {
        algorithms: ['HS256'],
        issuer: process.env.JWT_ISSUER,
        audience: 'orders-api',
      });
      client.data.userId = claims.sub;
      client.data.roles = claims.roles;
      await client.join(`user:${claims.sub}`);
    } catch (err) {
      this.logger.debug(`rejecting socket ${client.id}`);
      client.disconnect(true);
    }
  }

  @SubscribeMessage('subscribe')
  async subscribe(@ConnectedSocket() client: Socket, @MessageBody() body: { channel: string }) {
    if (!client.data.userId) throw new WsException('unauthenticated');
    if (!(await this.channels.canRead(client.data.userId, body.channel))) throw new WsException('forbidden');
    await client.join(`channel:${body.channel}`);
    return { subscribed: body.channel };
  }

  @SubscribeMessage('broadcast')
  async broadcast(@ConnectedSocket() client: Socket, @MessageBody() body: { token: string; channel: string; text: string }) {
    // Operators paste their token into the console; the roles claim decides who may broadcast.
    // expect: jwt-signature-not-verified
    const claims = this.jwt.decode<SocketClaims>(body.token);
    if (!claims?.roles?.includes('operator')) throw new WsException('forbidden');
    client.to(`channel:${body.channel}`).emit('notice', { from: claims.sub, text: body.text });
    return { sent: true };
  }

  @SubscribeMessage('whoami')
  whoami(@ConnectedSocket() client: Socket) {
    // Trace only: the issuer is logged for debugging, identity comes from the verified handshake.
    const raw = String(client.handshake.auth?.token ?? '');
    // safe: jwt-signature-not-verified
    const { iss } = this.jwt.decode<SocketClaims>(raw) ?? {};
    this.logger.verbose(`socket ${client.id} token issuer ${iss}`);
    return { userId: client.data.userId, roles: client.data.roles };
  }
}
