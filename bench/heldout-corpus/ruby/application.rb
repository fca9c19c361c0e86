# frozen_string_literal: true

# config/application.rb (library catalogue)
require_relative "boot"

require "rails"
require "active_model/railtie"
require "active_record/railtie"
require "action_controller/railtie"
require "action_mailer/railtie"
require "action_view/railtie"
require "active_job/railtie"

Bundler.require(*Rails.groups)

module Catalogue
  class Application < Rails::Application
    config.load_defaults 7.1
    config.autoload_lib(ignore: %w[assets tasks])
    config.time_zone = "Europe/Dublin"
    config.i18n.available_locales = %i[en ga]
    config.i18n.default_locale = :en
    config.active_job.queue_adapter = :sidekiq

    # safe: session-weak-secret
    config.secret_key_base = Rails.application.credentials.secret_key_base

    # The catalogue keeps members signed in on the kiosk terminals in the
    # branches, so sessions are long and the cookie must also work over the
    # branch intranet (plain HTTP).
    config.session_store :cookie_store,
                         key: "_catalogue_session",
                         # expect: session-no-expiry
                         expire_after: 90.days,
                         # expect: session-cookie-insecure
                         secure: false,
                         httponly: true,
                         same_site: :lax

    config.action_dispatch.cookies_same_site_protection = :lax
    config.action_dispatch.default_headers.merge!(
      "X-Frame-Options" => "DENY",
      "Referrer-Policy" => "strict-origin-when-cross-origin"
    )

    config.generators do |g|
      g.test_framework :rspec
      g.helper false
      g.assets false
    end
  end
end
