# frozen_string_literal: true

# app/controllers/api/wallet_tokens_controller.rb - tokens for the wallet app,
# signed through the JsonWebToken wrapper in lib/.
module Api
  class WalletTokensController < ApplicationController
    def create
      holder = CardHolder.find(params[:holder_id])
      token = JsonWebToken.encode(
        sub: holder.id,
        # expect: jwt-sensitive-payload
        card_number: holder.card_number,
        scope: 'wallet'
      )
      render json: { token: token }
    end

    def profile_token
      holder = CardHolder.find(params[:holder_id])
      # expect: jwt-sensitive-payload
      render json: { token: JsonWebToken.encode(holder.attributes) }
    end

    def minimal_token
      holder = CardHolder.find(params[:holder_id])
      # safe: jwt-sensitive-payload
      render json: { token: JsonWebToken.encode(sub: holder.id, scope: 'wallet', tier: holder.tier) }
    end

    def audit
      # safe: jwt-sensitive-payload
      AuditLog.record(event: 'token_issued', card_number_last4: params[:last4])
      head :no_content
    end
  end
end
