using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RoleMapper.Search;

/// <summary>
/// Keeps this node's index in step with the database: it checks every <see cref="SearchOptions.RefreshInterval"/>
/// whether a newer import has succeeded (perhaps on another node or from the CLI) and rebuilds if so.
/// Imports in this process rebuild at once through <see cref="RebuildIndexAfterImport"/>.
/// </summary>
public sealed class IndexRefreshService(StandardsIndex index, IOptions<SearchOptions> options, TimeProvider clock, ILogger<IndexRefreshService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval, clock);
        do
        {
            try
            {
                await index.EnsureCurrentAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Keep serving the index we have; try again at the next tick.
                logger.LogError(e, "Refreshing the search index failed");
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}

public sealed class SearchOptions
{
    /// <summary>A sector role map CSV to use instead of the one built in (data/role-map/sector-role-map.csv).</summary>
    public string? RoleMapFile { get; set; }

    public const string Section = "Search";
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>How often the web app writes the unmatched-title log.</summary>
    public TimeSpan UnmatchedFlushInterval { get; set; } = TimeSpan.FromSeconds(10);
}
