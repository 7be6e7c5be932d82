using RoleMapper.Core.RoleMap;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoleMapper.Core.Jobs;

namespace RoleMapper.Search.Indexing;

/// <summary>
/// Keeps this node's index in step with the database: it checks every <see cref="SearchOptions.RefreshInterval"/>
/// whether a newer import has succeeded (perhaps on another node or from the CLI) and rebuilds if so. Until a refresh
/// works it keeps serving the index it has. Imports in this process rebuild at once through
/// <see cref="RebuildIndexAfterImport"/>.
/// </summary>
public sealed class IndexRefreshService(StandardsIndex index, IOptions<SearchOptions> options, TimeProvider clock, ILogger<IndexRefreshService> logger)
    : PeriodicJob(options.Value.RefreshInterval, clock, logger)
{
    protected override bool RunsAtStart => true;

    protected override string Failure => "Refreshing the search index failed";

    protected override Task RunAsync(CancellationToken ct) => index.EnsureCurrentAsync(ct);
}

public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>A sector role map CSV to use instead of the one built in (data/role-map/sector-role-map.csv).</summary>
    public string? RoleMapFile { get; set; }

    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(1);
}
