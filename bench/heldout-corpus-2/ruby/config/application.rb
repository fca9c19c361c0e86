require_relative "boot"

require "rails"
require "active_model/railtie"
require "active_job/railtie"
require "active_record/railtie"
require "action_controller/railtie"
require "action_mailer/railtie"
require "action_view/railtie"

Bundler.require(*Rails.groups)

module PeopleOps
  class Application < Rails::Application
    config.load_defaults 7.1
    config.autoload_lib(ignore: %w[assets tasks])

    config.time_zone = "Berlin"
    config.i18n.available_locales = %i[en de]

    # safe: session-weak-secret
    config.secret_key_base = Rails.application.credentials.secret_key_base

    # HR staff complained about daily logins; keep them signed in.
    # expect: session-no-expiry
    config.session_store :cookie_store, key: "_people_ops_session", expire_after: 1.year, secure: true, httponly: true, same_site: :lax

    config.action_dispatch.cookies_same_site_protection = :lax
    config.action_dispatch.use_authenticated_cookie_encryption = true

    # Sidekiq::Web is a Rack app and needs its own session middleware.
    # safe: session-weak-secret
    config.x.sidekiq_web_session = { secret: ENV.fetch("SIDEKIQ_WEB_SESSION_SECRET"), same_site: true, max_age: 86_400 }

    config.active_job.queue_adapter = :sidekiq

    config.generators do |g|
      g.test_framework :rspec
      g.factory_bot dir: "spec/factories"
    end
  end
end
