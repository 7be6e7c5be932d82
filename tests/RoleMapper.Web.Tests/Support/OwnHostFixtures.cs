using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Moq;

namespace RoleMapper.Web.Tests.Support;

/// <summary>
/// A real host of its own, seeded from the small 22 Aug 2026 feed, for tests that change what every page shows (text
/// no import would store now) and must not disturb the shared host.
/// </summary>
public sealed class StoredHostileTextHostFixture() : HostFixture(RepoPaths.SmallNewFeed, feedAfterStart: null);

[CollectionDefinition(Name)]
public sealed class StoredHostileTextCollection : ICollectionFixture<StoredHostileTextHostFixture>
{
    public const string Name = "stored hostile text";
}

/// <summary>A host with the app's own limits on sign-in, reset-link requests and anonymous searches. It sends email, so
/// the forgot-password page takes requests.</summary>
public sealed class RequestLimitsHostFixture : MailingHostFixture
{
    protected override bool ProductionRequestLimits => true;
}

[CollectionDefinition(Name)]
public sealed class RequestLimitsCollection : ICollectionFixture<RequestLimitsHostFixture>
{
    public const string Name = "request limits";
}

/// <summary>
/// A host whose password hasher is a Moq fake that counts its calls and checks passwords with the real hasher, to see
/// how much work each sign-in does.
/// </summary>
public sealed class CountedHasherHostFixture() : HostFixture(RepoPaths.SmallNewFeed, feedAfterStart: null)
{
    private static readonly PasswordHasher<CouncilUser> Real = new();

    public Mock<IPasswordHasher<CouncilUser>> Hasher { get; } = CountedHasher();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.Replace(ServiceDescriptor.Scoped(_ => Hasher.Object)));
    }

    private static Mock<IPasswordHasher<CouncilUser>> CountedHasher()
    {
        var hasher = new Mock<IPasswordHasher<CouncilUser>>(MockBehavior.Strict);
        hasher.Setup(h => h.HashPassword(It.IsAny<CouncilUser>(), It.IsAny<string>()))
            .Returns((CouncilUser user, string password) => Real.HashPassword(user, password));
        hasher.Setup(h => h.VerifyHashedPassword(It.IsAny<CouncilUser>(), It.IsAny<string>(), It.IsAny<string>()))
            .Returns((CouncilUser user, string hash, string password) => Real.VerifyHashedPassword(user, hash, password));
        return hasher;
    }
}

[CollectionDefinition(Name)]
public sealed class CountedHasherCollection : ICollectionFixture<CountedHasherHostFixture>
{
    public const string Name = "counted hasher";
}

/// <summary>A host that knows its HTTPS port (443), as one serving HTTPS itself does: plain-HTTP requests are redirected.</summary>
public sealed class HttpsPortHostFixture() : HostFixture(RepoPaths.SmallNewFeed, feedAfterStart: null)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // ASPNETCORE_HTTPS_PORT in the environment.
        builder.UseSetting("HTTPS_PORT", "443");
    }
}

[CollectionDefinition(Name)]
public sealed class HttpsPortCollection : ICollectionFixture<HttpsPortHostFixture>
{
    public const string Name = "https port";
}
