using Microsoft.AspNetCore.Mvc.RazorPages;
using RoleMapper.Core.Import;
using RoleMapper.Search;
using RoleMapper.Web.Infrastructure;

namespace RoleMapper.Web.Pages;

/// <summary>The home page: what RoleMapper does, the job-title search box and how fresh the data is.</summary>
public sealed class IndexModel(CatalogueFactsCache facts, StandardsIndex index) : PageModel
{
    public ImportStatus Status { get; private set; } = null!;
    public int ApprovedStandards { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Status = (await facts.GetAsync(ct)).Status;
        ApprovedStandards = Status.LastRun?.Approved ?? 0;
        if (Status.LastRun is not { Outcome: Core.Imports.ImportOutcome.Succeeded })
        {
            // The last run failed: its count says nothing; the index knows what is being served.
            ApprovedStandards = index.DocumentCount;
        }
    }
}
