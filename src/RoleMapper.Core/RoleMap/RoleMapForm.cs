namespace RoleMapper.Core.RoleMap;

/// <summary>
/// A role of the sector role map as the sector team writes it on the edit page: aliases one a line (or separated by
/// |), standards separated by commas, spaces or |, best first; or no standard, ticked, with the reason why.
/// </summary>
public sealed record RoleMapForm(string? Title, string? ServiceArea, string? JobFamily, string? Aliases, string? Standards, bool NoStandardFits, string? Reason)
{
    public static RoleMapForm From(MappedRole role) => new(role.Title, role.ServiceArea, role.JobFamily, string.Join('\n', role.Aliases),
        string.Join(", ", role.Standards), role.FitsNoStandard, role.Reason);

    /// <summary>The form as a role, text trimmed and references in capitals; the checks come after.</summary>
    public MappedRole ToRole(string id, string checkedAgainst) => new(id, Clean(ServiceArea), Clean(Title), Clean(JobFamily),
        RoleMapRules.Split(Aliases ?? "", '|', '\n', '\r').Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        NoStandardFits ? [] : RoleMapRules.Split((Standards ?? "").ToUpperInvariant(), '|', ',', ' ', ';', '\n', '\r'),
        Clean(Reason), checkedAgainst);

    private static string Clean(string? text) => (text ?? "").Trim();
}

/// <summary>One thing wrong with a form: the field (the form's property name) and what to do.</summary>
public sealed record RoleMapProblem(string Field, string Message);

public enum RoleMapEditOutcome
{
    Saved,
    /// <summary>The form matched what was stored: nothing saved, nothing logged.</summary>
    Unchanged,
    Refused,
    NotFound,
}

/// <summary>What became of an edit, with every problem when refused and the role's id when saved.</summary>
public sealed record RoleMapEditResult(RoleMapEditOutcome Outcome, IReadOnlyList<RoleMapProblem> Problems, string? Id = null)
{
    public static readonly RoleMapEditResult NotFound = new(RoleMapEditOutcome.NotFound, []);

    public static RoleMapEditResult Refused(IReadOnlyList<RoleMapProblem> problems) => new(RoleMapEditOutcome.Refused, problems);
}

/// <summary>A role of the map in a list: the review list's flagged roles and its search results.</summary>
public sealed record RoleMapListItem(string Id, string Title, string ServiceArea, IReadOnlyList<string> Standards, string CheckedAgainst,
    string? ReviewReason, DateTime? ReviewFlaggedUtc);

/// <summary>The review list: flagged roles first (oldest flag first), then up to 200 roles matching a search.</summary>
public sealed record RoleMapReviewList(IReadOnlyList<RoleMapListItem> Flagged, IReadOnlyList<RoleMapListItem> Found, int FoundCount, int Total);

/// <summary>One line of a role's change log.</summary>
public sealed record RoleMapChangeLine(DateTime AtUtc, string By, string What);

/// <summary>A role for its edit page: what it says, its flag, who changed it last, and every change, newest first.</summary>
public sealed record RoleMapEntryView(MappedRole Role, bool NeedsReview, string? ReviewReason, DateTime? ReviewFlaggedUtc,
    DateTime UpdatedUtc, string UpdatedBy, IReadOnlyList<RoleMapChangeLine> Log);
