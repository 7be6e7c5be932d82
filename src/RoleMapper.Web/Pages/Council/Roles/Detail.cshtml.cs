using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;
using RoleMapper.Core.Matching;
using RoleMapper.Core.Standards;
using RoleMapper.Core.Workspace;
using RoleMapper.Search.Suggestions;
using RoleMapper.Web.Infrastructure;

namespace RoleMapper.Web.Pages.Council.Roles;

/// <summary>
/// /council/roles/{id}: one role, its mapping and the matcher's top five suggestions (rejected ones left out), plus a
/// search for any other standard. The council confirms a main standard, adds alternatives, rejects suggestions or says
/// none fits, with a note; each decision is a POST here (Core's <see cref="RoleMapping"/> does the work).
/// </summary>
public sealed class DetailModel(RoleMapperDbContext db, IStandardMatcher matcher, RoleMapping mapping, RoleSuggestions suggestions) : PageModel
{
    public const int SuggestionCount = 5;

    [BindProperty] public string? Reference { get; set; }
    [BindProperty, StringLength(RoleMapping.MaxNoteLength, ErrorMessage = "Enter a note of 2,000 characters or fewer")]
    public string? Note { get; set; }
    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }

    public JobRole Role { get; private set; } = null!;
    public IReadOnlyList<MatchCandidate> Suggestions { get; private set; } = [];
    public MatchResult? Found { get; private set; }
    /// <summary>Today's version of each standard decided about: its approved version, else its latest.</summary>
    public IReadOnlyDictionary<string, StandardVersion> Current { get; private set; } = new Dictionary<string, StandardVersion>();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostConfirmAsync(int id, CancellationToken ct) =>
        DecideAsync(id, role => mapping.ConfirmAsync(role, Reference!, Note, FactsFor(role), HttpContext.Decider(), ct), "is confirmed as the role's standard", ct);

    public Task<IActionResult> OnPostAlternativeAsync(int id, CancellationToken ct) =>
        DecideAsync(id, role => mapping.AddAlternativeAsync(role, Reference!, FactsFor(role), HttpContext.Decider(), ct), "is added as an alternative", ct);

    public Task<IActionResult> OnPostRejectAsync(int id, CancellationToken ct) =>
        DecideAsync(id, role => mapping.RejectAsync(role, Reference!, Note, FactsFor(role), HttpContext.Decider(), ct), "is rejected and will not be suggested again", ct);

    public Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken ct) =>
        DecideAsync(id, async role => { await mapping.RemoveAsync(role, Reference!, ct); return null; }, "is no longer part of the role's mapping", ct);

    public async Task<IActionResult> OnPostNoSuitableAsync(int id, CancellationToken ct)
    {
        Reference = "none";
        return await DecideAsync(id, async role => { await mapping.NoSuitableStandardAsync(role, Note, HttpContext.Decider(), ct); return null; },
            "", ct);
    }

    private async Task<IActionResult> DecideAsync(int id, Func<JobRole, Task<string?>> decide, string done, CancellationToken ct)
    {
        if (await db.JobRoles.Include(r => r.Standards).FirstOrDefaultAsync(r => r.Id == id, ct) is not { } role)
        {
            return NotFound();
        }
        Reference = Reference?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(Reference) || Reference.Length > 12)
        {
            ModelState.AddModelError("", "Choose a standard.");
        }
        if (ModelState.IsValid && await decide(role) is { } problem)
        {
            ModelState.AddModelError("", problem);
        }
        if (!ModelState.IsValid)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            return Page();
        }
        // A rejection or removal may take away the cached suggestion; the next best takes its place.
        await suggestions.RefreshAsync(db, [role.Id], ct);
        TempData["Done"] = done.Length == 0 ? "The role is marked as having no suitable standard." : $"{Reference} {done}.";
        return LocalRedirect($"/council/roles/{id}");
    }

    /// <summary>The matcher's confidence and reason for the standard, kept with the decision when it was among the suggestions.</summary>
    private SuggestionFacts FactsFor(JobRole role) =>
        matcher.Match(role.Title, new MatchOptions { Top = 20 }).Candidates.FirstOrDefault(c => c.Reference == Reference) is { } c
            ? new SuggestionFacts(c.Confidence, c.Reason)
            : SuggestionFacts.None;

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await db.JobRoles.AsNoTracking().Include(r => r.Standards).FirstOrDefaultAsync(r => r.Id == id, ct) is not { } role)
        {
            return false;
        }
        Role = role;
        var rejected = role.Standards.Where(s => s.Kind == RoleStandardKind.Rejected).Select(s => s.Reference).ToHashSet();
        Suggestions = matcher.Match(role.Title, new MatchOptions { Top = SuggestionCount + rejected.Count }).Candidates
            .Where(c => !rejected.Contains(c.Reference)).Take(SuggestionCount).ToList();
        if (Query?.Trim() is { Length: > 0 } query)
        {
            Found = matcher.Match(query, new MatchOptions { Top = 10 });
        }
        var references = role.Standards.Select(s => s.Reference).ToList();
        Current = await db.CurrentStandardVersions().AsNoTracking().Where(v => references.Contains(v.Reference)).ToDictionaryAsync(v => v.Reference, ct);
        return true;
    }
}

/// <summary>What the <c>_Candidates</c> partial lists: standards with the decision buttons that fit the role's state.</summary>
public sealed record CandidateList(int RoleId, IReadOnlyList<MatchCandidate> Candidates, IReadOnlyDictionary<string, RoleStandardKind> Decided,
    bool RoleConfirmed, string TestId);

/// <summary>What the <c>_Mapping</c> partial shows: the main standard and alternatives at today's versions.</summary>
public sealed record MappingView(JobRole Role, RoleStandard Primary, IReadOnlyList<RoleStandard> Alternatives,
    IReadOnlyDictionary<string, StandardVersion> Current);
