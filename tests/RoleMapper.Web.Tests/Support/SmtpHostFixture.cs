using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace RoleMapper.Web.Tests.Support;

/// <summary>
/// A host of its own that sends email through a real SMTP server in the test process (<see cref="Mailbox"/>), seeded
/// from the small 22 Aug 2026 feed.
/// </summary>
public abstract class MailingHostFixture() : HostFixture(RepoPaths.SmallNewFeed, feedAfterStart: null), IAsyncLifetime
{
    public Mailbox Mailbox { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Email:Smtp:Port", Mailbox.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Email:Smtp:UseStartTls", "false");
        builder.UseSetting("Email:Smtp:From", "RoleMapper <no-reply@rolemapper.test>");
    }

    /// <summary>The host, then its SMTP server (re-implements IAsyncLifetime's, which the base class hides rather than overrides).</summary>
    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Mailbox.Dispose();
    }
}

/// <summary>
/// A host that sends email, on a fake clock the tests move to see reset links expire. Its public address for links in
/// emails is <see cref="SiteUrl"/>, as a deployment's is: tests follow a link's path on the test server.
/// </summary>
public sealed class SmtpHostFixture : MailingHostFixture
{
    public const string SiteUrl = "https://rolemapper.example.gov.uk";

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:SiteUrl", SiteUrl + "/");
        builder.ConfigureTestServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }
}

[CollectionDefinition(Name)]
public sealed class SmtpCollection : ICollectionFixture<SmtpHostFixture>
{
    public const string Name = "smtp";
}
