using RoleMapper.Core.StandardsFeed;

namespace RoleMapper.Search.Indexing;

/// <summary>Rebuilds this process's index as soon as an import here commits.</summary>
public sealed class RebuildIndexAfterImport(StandardsIndex index) : IImportObserver
{
    public ImportObserverOrder Order => ImportObserverOrder.SearchIndex;

    public Task OnImportSucceededAsync(ImportRun run, CancellationToken ct) => index.RebuildAsync(ct);
}
