using Nancy;
using Nancy.Authentication.Forms;
using Nancy.Bootstrapper;
using Nancy.Cryptography;
using Nancy.Session;
using Nancy.TinyIoc;

namespace Acme.Kiosk.Web
{
    public class KioskBootstrapper : DefaultNancyBootstrapper
    {
        private static readonly byte[] Salt = { 0x41, 0x63, 0x6d, 0x65, 0x4b, 0x69, 0x6f, 0x73 };

        protected override void ApplicationStartup(TinyIoCContainer container, IPipelines pipelines)
        {
            base.ApplicationStartup(container, pipelines);

            var cryptography = new CryptographyConfiguration(
                // expect: session-weak-secret
                new RijndaelEncryptionProvider(new PassphraseKeyGenerator("KioskSessionPass", Salt, 1000)),
                // expect: session-weak-secret
                new DefaultHmacProvider(new PassphraseKeyGenerator("KioskHmacPass", Salt, 1000)));

            CookieBasedSessions.Enable(pipelines, cryptography);

            FormsAuthentication.Enable(pipelines, new FormsAuthenticationConfiguration
            {
                RedirectUrl = "~/login",
                UserMapper = container.Resolve<IUserMapper>(),
                CryptographyConfiguration = cryptography,
                RequiresSSL = true
            });
        }

        protected override void ConfigureApplicationContainer(TinyIoCContainer container)
        {
            base.ConfigureApplicationContainer(container);
            container.Register<IUserMapper, KioskUserMapper>().AsSingleton();
        }
    }

    public class ManagementBootstrapper : DefaultNancyBootstrapper
    {
        protected override void ApplicationStartup(TinyIoCContainer container, IPipelines pipelines)
        {
            base.ApplicationStartup(container, pipelines);
            var passphrase = System.Environment.GetEnvironmentVariable("MGMT_SESSION_PASSPHRASE");
            var salt = System.Convert.FromBase64String(System.Environment.GetEnvironmentVariable("MGMT_SESSION_SALT"));
            var cryptography = new CryptographyConfiguration(
                // safe: session-weak-secret
                new RijndaelEncryptionProvider(new PassphraseKeyGenerator(passphrase, salt, 10000)),
                new DefaultHmacProvider(new PassphraseKeyGenerator(passphrase + ":hmac", salt, 10000)));
            CookieBasedSessions.Enable(pipelines, cryptography);
        }
    }
}
