namespace RoleMapper.Cli;

/// <summary>Exit codes with a meaning of their own, beyond 0 (done) and 1 (failed, with the reason printed).</summary>
internal static class ExitCodes
{
    /// <summary>Stopped by Ctrl+C or SIGTERM: what shells report for Ctrl+C (128 + SIGINT), so scripts can tell it apart.</summary>
    public const int Cancelled = 130;

    /// <summary>
    /// How long a command may take to stop cleanly once asked (writing a cancelled import's audit row, freeing its
    /// lease): far more than that takes, so it runs to the end, but a stuck database cannot keep the process alive.
    /// </summary>
    public static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);
}
