namespace RoleMapper.Core.StandardsFeed;

/// <summary>Configuration section "Import". Every default works out of the box.</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    public string FeedUrl { get; set; } = "https://skillsengland.education.gov.uk/api/apprenticeshipstandards";

    /// <summary>Cron expression for the nightly import (five fields), read in <see cref="TimeZone"/>.</summary>
    public string Schedule { get; set; } = "30 2 * * *";
    public string TimeZone { get; set; } = UkTime.ZoneId;
    public bool ScheduleEnabled { get; set; } = true;

    /// <summary>
    /// Also import once as the app starts (after start-up seeding), then follow <see cref="Schedule"/>: for a node brought
    /// back after missing a night, and for the two-node tests, whose nodes' timers must both fire at once. Every node that
    /// has it tries; as at night, the import lease lets one of them import and the others skip.
    /// </summary>
    public bool RunAtStart { get; set; }

    /// <summary>The snapshot loaded into an empty database so the app works with no network. Relative to the app folder.</summary>
    public string SeedFile { get; set; } = "data/standards/standards-2026-08-22.json.gz";
    public bool SeedWhenEmpty { get; set; } = true;

    /// <summary>A feed with more invalid records than this share is treated as broken and changes nothing.</summary>
    public double MaxRejectedShare { get; set; } = 0.10;
    /// <summary>A feed that would remove more than this share of the versions now in the feed is treated as broken.</summary>
    public double MaxVanishedShare { get; set; } = 0.50;
    /// <summary>
    /// A feed that would stop more than this share of the standards now approved for delivery being approved (retired,
    /// withdrawn or gone, with no other approved version) is treated as broken: approved standards are what councils map to.
    /// </summary>
    public double MaxApprovedRemovedShare { get; set; } = 0.10;
    /// <summary>
    /// A store with at least this many approved standards is never left with fewer by one import. The live feed has had
    /// 713 to 715 since 2025.
    /// </summary>
    public int MinApprovedStandards { get; set; } = 500;

    /// <summary>How long one HTTP attempt may take to return headers (the body is then streamed).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(60);
    /// <summary>How long the whole download, retries and body included, may take.</summary>
    public TimeSpan DownloadTimeout { get; set; } = TimeSpan.FromMinutes(10);
    public int MaxRetryAttempts { get; set; } = 4;
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);
    /// <summary>After this many failures in a row the circuit opens and further calls fail at once for a while.</summary>
    public int CircuitBreakerMinimumThroughput { get; set; } = 10;
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long the import lease lasts unless renewed. A running import renews it every third of this (a heartbeat), so
    /// it keeps the lease however long it runs; one that died (kill -9, a crashed node) stops renewing, and the next
    /// import may start once this has passed.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);
}
