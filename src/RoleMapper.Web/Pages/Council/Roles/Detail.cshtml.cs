using System.ComponentModel.DataAnnotations;
using RoleMapper.Core.Matching;
using RoleMapper.Core.Standards;

namespace RoleMapper.Web.Pages.Council.Roles;

/// <summary>
/// /council/roles/{id}: one role, its mapping and the matcher's top five suggestions (rejected ones left out), plus a
/// search for any other standard. The council confirms a main standard, adds alternatives, rejects suggestions or says
/// none fits, with a note; each decision is a POST here, and one call to Core's <see cref="RoleMapping"/>. Below, the
/// role's decision history: every decision with its note, who made it and when.
/// </summary>
public sealed class DetailModel(RoleMapperDbContext db, IStandardMatcher matcher, RoleMapping mapping) : PageModel
{
    public const int SuggestionCount = 5;

    [BindProperty] public string? Reference { get; set; }
    [BindProperty, StringLength(RoleMapping.MaxNoteLength, ErrorMessage = "Enter a note of {1:N0} characters or fewer")]
    public string? Note { get; set; }
    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }

    public JobRole Role { get; private set; } = null!;
    public IReadOnlyList<MatchCandidate> Suggestions { get; private set; } = [];
    public MatchResult? Found { get; private set; }
    /// <summary>Today's version of each standard decided about: its approved version, else its latest.</summary>
    public IReadOnlyDictionary<string, StandardVersion> Current { get; private set; } = new Dictionary<string, StandardVersion>();
    /// <summary>Every decision about the role, newest first, and the names of the standards they were about.</summary>
    public IReadOnlyList<RoleDecision> History { get; private set; } = [];
    public StandardLabels Labels { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostConfirmAsync(int id, CancellationToken ct) =>
        DecideAsync(id, () => mapping.ConfirmAsync(id, Reference, Note, HttpContext.Decider(), ct), "is confirmed as the role's standard", ct);

    public Task<IActionResult> OnPostAlternativeAsync(int id, CancellationToken ct) =>
        DecideAsync(id, () => mapping.AddAlternativeAsync(id, Reference, Note, HttpContext.Decider(), ct), "is added as an alternative", ct);

    public Task<IActionResult> OnPostRejectAsync(int id, CancellationToken ct) =>
        DecideAsync(id, () => mapping.RejectAsync(id, Reference, Note, HttpContext.Decider(), ct), "is rejected and will not be suggested again", ct);

    public Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken ct) =>
        DecideAsync(id, () => mapping.RemoveAsync(id, Reference, Note, HttpContext.Decider(), ct), "is no longer part of the role's mapping", ct);

    public Task<IActionResult> OnPostNoSuitableAsync(int id, CancellationToken ct) =>
        DecideAsync(id, () => mapping.NoSuitableStandardAsync(id, Note, HttpContext.Decider(), ct), null, ct);

    /// <param name="done">What happened to <see cref="Reference"/>; null for a decision about no standard.</param>
    private async Task<IActionResult> DecideAsync(int id, Func<Task<Decision>> decide, string? done, CancellationToken ct)
    {
        var decision = ModelState.IsValid ? await decide() : null;
        if (decision?.Outcome == DecisionOutcome.NotFound)
        {
            return NotFound();
        }
        if (decision?.Outcome != DecisionOutcome.Done)
        {
            if (decision?.Problem is { } problem)
            {
                ModelState.AddModelError("", problem);
            }
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        TempData["Done"] = done is null ? "The role is marked as having no suitable standard." : $"{Reference?.Trim().ToUpperInvariant()} {done}.";
        return LocalRedirect($"/council/roles/{id}");
    }

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
        History = await RoleHistory.ForRoleAsync(db, id, ct);
        Labels = await StandardLabels.LoadAsync(db, History.Select(d => d.Reference).OfType<string>(), ct);
        return true;
    }
}

/// <summary>What the <c>_Candidates</c> partial lists: standards with the decision buttons that fit the role's state.</summary>
public sealed record CandidateList(int RoleId, IReadOnlyList<MatchCandidate> Candidates, IReadOnlyDictionary<string, RoleStandardKind> Decided,
    bool RoleConfirmed, string TestId);

/// <summary>What the <c>_Mapping</c> partial shows: the main standard and alternatives at today's versions.</summary>
public sealed record MappingView(JobRole Role, RoleStandard Primary, IReadOnlyList<RoleStandard> Alternatives,
    IReadOnlyDictionary<string, StandardVersion> Current);

/// <summary>What the <c>_History</c> partial lists: the role's decisions, newest first.</summary>
public sealed record HistoryView(IReadOnlyList<RoleDecision> Decisions, StandardLabels Labels);
