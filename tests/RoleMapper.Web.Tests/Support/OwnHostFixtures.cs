using RoleMapper.TestSupport;

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
