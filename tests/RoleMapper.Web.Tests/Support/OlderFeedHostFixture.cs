namespace RoleMapper.Web.Tests.Support;

/// <summary>
/// A second real host, seeded from the small 29 May 2025 feed and left there, for tests that make mappings first and
/// then import the newer feed into the running app. Its own collection, because the import changes what every page of
/// the host shows.
/// </summary>
public sealed class OlderFeedHostFixture() : HostFixture(RepoPaths.SmallOldFeed, feedAfterStart: null);

[CollectionDefinition(Name)]
public sealed class OlderFeedCollection : ICollectionFixture<OlderFeedHostFixture>
{
    public const string Name = "older feed";
}
