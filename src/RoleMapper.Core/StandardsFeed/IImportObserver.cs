namespace RoleMapper.Core.StandardsFeed;

/// <summary>
/// Told after an import has committed successfully, in this process. Other parts react here (the search index
/// rebuilds, mappings get flagged for review) without the importer knowing them. Other processes and web nodes learn
/// of an import from the database instead (see docs/adr/0002). The importer tells observers in the order of their
/// <see cref="Order"/>, never in the order they happen to be registered in.
/// </summary>
public interface IImportObserver
{
    /// <summary>When this observer runs, relative to the others: earlier stages first.</summary>
    ImportObserverOrder Order { get; }

    Task OnImportSucceededAsync(ImportRun run, CancellationToken ct);
}

/// <summary>
/// The stages after an import, in the order they run. A stage may rely on every earlier one having run; observers of one
/// stage run in the order they were registered, and must not rely on each other.
/// </summary>
public enum ImportObserverOrder
{
    /// <summary>This process's search index, which the matcher reads: everything after it matches against the new data.</summary>
    SearchIndex,
    /// <summary>The councils' workspaces: review flags, and suggestions from the rebuilt index.</summary>
    Workspace,
    /// <summary>Cached figures for pages, read last so they count what the stages before them wrote.</summary>
    Caches,
}
