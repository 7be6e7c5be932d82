
namespace RoleMapper.Core.StandardsFeed;

/// <summary>
/// Told after an import has committed successfully, in this process. Other parts react here (the search index
/// rebuilds, mappings get flagged for review) without the importer knowing them. Other processes and web nodes learn
/// of an import from the database instead (see docs/adr/0002).
/// </summary>
public interface IImportObserver
{
    Task OnImportSucceededAsync(ImportRun run, CancellationToken ct);
}
