using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace RoleMapper.Web.Tests.Support;

/// <summary>
/// A host that sends email through a real SMTP server in the test process (<see cref="Mailbox"/>), on a fake clock the
/// tests move to see links expire. Seeded from the small 22 Aug 2026 feed.
/// </summary>
public sealed class SmtpHostFixture() : HostFixture(RepoPaths.SmallNewFeed, feedAfterStart: null), IAsyncLifetime
{
    public Mailbox Mailbox { get; } = new();
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        Mailbox.ReceiveMailOf(builder);
        builder.ConfigureTestServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }

    /// <summary>The host, then its SMTP server (re-implements IAsyncLifetime's, which the base class hides rather than overrides).</summary>
    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Mailbox.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SmtpCollection : ICollectionFixture<SmtpHostFixture>
{
    public const string Name = "smtp";
}
