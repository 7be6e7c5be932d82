using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;
using RoleMapper.Core.Matching;
using RoleMapper.Core.Standards;

namespace RoleMapper.Core.Workspace;

/// <summary>Who made a mapping decision, as it is recorded: a name is kept so the record outlives the account.</summary>
public sealed record Decider(string? UserId, string Name);

/// <summary>The matcher's view of a standard when it was chosen, kept with the decision; null fields when it was not a suggestion.</summary>
public sealed record SuggestionFacts(Confidence? Confidence, string? Reason)
{
    public static readonly SuggestionFacts None = new(null, null);
}

/// <summary>What became of a decision: done, refused with a message for the person, or no such role.</summary>
public sealed record Decision(DecisionOutcome Outcome, string? Problem = null)
{
    public static readonly Decision Done = new(DecisionOutcome.Done);
    public static readonly Decision NotFound = new(DecisionOutcome.NotFound);

    public static Decision Refused(string problem) => new(DecisionOutcome.Refused, problem);
}

public enum DecisionOutcome
{
    Done,
    Refused,
    /// <summary>The council has no role with that id (another council's role is not found either).</summary>
    NotFound,
}

/// <summary>
/// The decisions a council makes about a role's standards: confirm a primary, add alternatives, reject suggestions,
/// or say no standard fits. Each records who and when, the version of the standard at that moment (so a later feed
/// import can tell the standard has moved on, <see cref="FlagMappingsForReview"/>) and the matcher's confidence and
/// reason when the standard was among its suggestions. Confirming again clears a review flag. Each decision is saved
/// with the role's refreshed suggestion, in one transaction: a rejection or removal may take the cached suggestion
/// away, and the next best takes its place. Every decision, with its note, also goes into the role's history
/// (<see cref="RoleDecision"/>), here and nowhere else.
/// </summary>
public sealed class RoleMapping(RoleMapperDbContext db, IStandardMatcher matcher, RoleSuggestions suggestions, TimeProvider clock)
{
    public const int MaxNoteLength = 2000;
    public const int MaxReferenceLength = 12;
    public const string BulkNote = "Confirmed in bulk: the matcher's High-confidence suggestion.";
    public const string ChooseAStandard = "Choose a standard.";
    /// <summary>How many of the matcher's candidates are searched for the chosen standard's confidence and reason.</summary>
    private const int FactsDepth = 20;

    /// <summary>Roles whose top suggestion is High-confidence and not yet confirmed: what bulk confirmation takes.</summary>
    public static IQueryable<JobRole> HighConfidenceSuggestions(IQueryable<JobRole> roles) =>
        roles.Where(r => r.Status == MappingStatus.Suggested && r.SuggestedConfidence == Confidence.High && r.SuggestedReference != null);

    /// <summary>Makes <paramref name="reference"/> the role's main standard; the previous one gives way.</summary>
    public Task<Decision> ConfirmAsync(int roleId, string? reference, string? note, Decider who, CancellationToken ct) =>
        DecideAsync(roleId, reference, async (role, standard) =>
        {
            var versions = await ApprovedVersions.ForAsync(db, role.Standards.Select(s => s.Reference).Append(standard), ct);
            if (!versions.TryGetValue(standard, out var approved))
            {
                return $"{standard} is not an approved standard, so it cannot be confirmed.";
            }
            Confirm(role, approved, note, FactsFor(role, standard), who, versions);
            Log(role, RoleDecisionKind.Confirmed, standard, approved.Version, note, who);
            return null;
        }, ct);

    public Task<Decision> AddAlternativeAsync(int roleId, string? reference, string? note, Decider who, CancellationToken ct) =>
        DecideAsync(roleId, reference, async (role, standard) =>
        {
            if (role.Status != MappingStatus.Confirmed)
            {
                return "Confirm the role's main standard first; alternatives are added to a confirmed role.";
            }
            if (role.Standards.Any(s => s.Reference == standard && s.Kind == RoleStandardKind.Primary))
            {
                return $"{standard} is already the role's main standard.";
            }
            var versions = await ApprovedVersions.ForAsync(db, [standard], ct);
            if (!versions.TryGetValue(standard, out var approved))
            {
                return $"{standard} is not an approved standard, so it cannot be added.";
            }
            Decide(role, standard, RoleStandardKind.Alternative, approved.Version, FactsFor(role, standard), who);
            Log(role, RoleDecisionKind.AlternativeAdded, standard, approved.Version, note, who);
            role.UpdatedUtc = Now;
            return null;
        }, ct);

    /// <summary>
    /// Turns a standard down for the role; suggestions skip it from now on. Rejecting the main standard un-confirms the
    /// role. The note is the rejection's own, kept in the history: it does not replace the note of a confirmation.
    /// </summary>
    public Task<Decision> RejectAsync(int roleId, string? reference, string? note, Decider who, CancellationToken ct) =>
        DecideAsync(roleId, reference, async (role, standard) =>
        {
            var wasPrimary = role.Standards.Any(s => s.Reference == standard && s.Kind == RoleStandardKind.Primary);
            var version = (await ApprovedVersions.ForAsync(db, [standard], ct)).GetValueOrDefault(standard)?.Version;
            Decide(role, standard, RoleStandardKind.Rejected, version, FactsFor(role, standard), who);
            if (wasPrimary)
            {
                Reopen(role);
            }
            Log(role, RoleDecisionKind.Rejected, standard, version, note, who);
            role.UpdatedUtc = Now;
            return null;
        }, ct);

    /// <summary>Undoes one decision: an alternative or a rejection is forgotten; removing the main standard un-confirms the role.</summary>
    public Task<Decision> RemoveAsync(int roleId, string? reference, string? note, Decider who, CancellationToken ct) =>
        DecideAsync(roleId, reference, (role, standard) =>
        {
            if (role.Standards.FirstOrDefault(s => s.Reference == standard) is not { } removed)
            {
                return Task.FromResult<string?>($"{standard} is not part of the role's mapping.");
            }
            RemoveWhere(role, s => s.Reference == standard);
            if (removed.Kind == RoleStandardKind.Primary)
            {
                Reopen(role);
            }
            Log(role, RoleDecisionKind.Removed, standard, removed.VersionWhenDecided, note, who);
            role.UpdatedUtc = Now;
            return Task.FromResult<string?>(null);
        }, ct);

    /// <summary>Records that no standard fits the role; its main standard and alternatives go, its rejections stay.</summary>
    public async Task<Decision> NoSuitableStandardAsync(int roleId, string? note, Decider who, CancellationToken ct)
    {
        if (await LoadAsync(roleId, ct) is not { } role)
        {
            return Decision.NotFound;
        }
        RemoveWhere(role, s => s.Kind != RoleStandardKind.Rejected);
        role.Status = MappingStatus.NoSuitableStandard;
        Record(role, note, who);
        Log(role, RoleDecisionKind.NoSuitableStandard, null, null, note, who);
        await suggestions.SaveAndRefreshAsync([role], ct);
        return Decision.Done;
    }

    /// <summary>
    /// Confirms the top suggestion of the roles <paramref name="filter"/> keeps that are High-confidence suggestions now
    /// and, unless <paramref name="chosen"/> is null (the command line's "all of them"), among the chosen roles with the
    /// standard the person saw; returns how many. Anything else chosen (a Medium or Low suggestion, a confirmed role,
    /// another council's, a role whose suggestion the refresh has moved below High or to another standard since the
    /// page was shown) is ignored: only what was shown as High is confirmed.
    /// </summary>
    public async Task<int> ConfirmHighConfidenceAsync(Func<IQueryable<JobRole>, IQueryable<JobRole>> filter, IReadOnlyCollection<ChosenSuggestion>? chosen,
        Decider who, CancellationToken ct)
    {
        if (chosen is { Count: 0 })
        {
            return 0;
        }
        var query = filter(HighConfidenceSuggestions(db.JobRoles));
        if (chosen is not null)
        {
            var ids = chosen.Select(c => c.RoleId).Distinct().ToList();
            query = query.Where(r => ids.Contains(r.Id));
        }
        var roles = await query.Include(r => r.Standards).ToListAsync(ct);
        if (chosen is not null)
        {
            roles = roles.Where(r => chosen.Contains(new ChosenSuggestion(r.Id, r.SuggestedReference!))).ToList();
        }
        var versions = await ApprovedVersions.ForAsync(db, roles.SelectMany(r => r.Standards.Select(s => s.Reference).Append(r.SuggestedReference!)), ct);
        var confirmed = 0;
        // A suggestion cached before the standard stopped being approved is left for a person to look at.
        foreach (var role in roles.Where(r => versions.ContainsKey(r.SuggestedReference!)))
        {
            var approved = versions[role.SuggestedReference!];
            Confirm(role, approved, BulkNote, new SuggestionFacts(role.SuggestedConfidence, role.SuggestedReason), who, versions);
            Log(role, RoleDecisionKind.ConfirmedInBulk, approved.Reference, approved.Version, BulkNote, who);
            confirmed++;
        }
        await db.SaveChangesAsync(ct);
        return confirmed;
    }

    /// <summary>The reference as people type it ("st0116 "), the role loaded with its decisions, the decision, then the save.</summary>
    private async Task<Decision> DecideAsync(int roleId, string? reference, Func<JobRole, string, Task<string?>> decide, CancellationToken ct)
    {
        if (await LoadAsync(roleId, ct) is not { } role)
        {
            return Decision.NotFound;
        }
        var standard = reference?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(standard) || standard.Length > MaxReferenceLength)
        {
            return Decision.Refused(ChooseAStandard);
        }
        // A refused decision has changed nothing, so there is nothing to undo.
        if (await decide(role, standard) is { } problem)
        {
            return Decision.Refused(problem);
        }
        await suggestions.SaveAndRefreshAsync([role], ct);
        return Decision.Done;
    }

    private Task<JobRole?> LoadAsync(int roleId, CancellationToken ct) =>
        db.JobRoles.Include(r => r.Standards).FirstOrDefaultAsync(r => r.Id == roleId, ct);

    /// <summary>The matcher's confidence and reason for the standard, kept with the decision when it is among the suggestions.</summary>
    private SuggestionFacts FactsFor(JobRole role, string reference) =>
        matcher.Match(role.Title, new MatchOptions { Top = FactsDepth }).Candidates.FirstOrDefault(c => c.Reference == reference) is { } c
            ? new SuggestionFacts(c.Confidence, c.Reason)
            : SuggestionFacts.None;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private void Confirm(JobRole role, ApprovedVersion approved, string? note, SuggestionFacts facts, Decider who,
        IReadOnlyDictionary<string, ApprovedVersion> versions)
    {
        // One main standard per role: the previous one gives way.
        RemoveWhere(role, s => s.Kind == RoleStandardKind.Primary && s.Reference != approved.Reference);
        Decide(role, approved.Reference, RoleStandardKind.Primary, approved.Version, facts, who);
        // Confirming again means the person has looked at the role afresh, alternatives included.
        foreach (var alternative in role.Standards.Where(s => s.Kind == RoleStandardKind.Alternative))
        {
            alternative.VersionWhenDecided = versions.GetValueOrDefault(alternative.Reference)?.Version ?? alternative.VersionWhenDecided;
        }
        role.Status = MappingStatus.Confirmed;
        Record(role, note, who);
    }

    private void Decide(JobRole role, string reference, RoleStandardKind kind, string? version, SuggestionFacts facts, Decider who)
    {
        var row = role.Standards.FirstOrDefault(s => s.Reference == reference);
        if (row is null)
        {
            row = new RoleStandard { Reference = reference, OrganisationId = role.OrganisationId, JobRoleId = role.Id };
            role.Standards.Add(row);
        }
        row.Kind = kind;
        row.VersionWhenDecided = version;
        row.Confidence = facts.Confidence;
        row.Reason = Shorten(facts.Reason, JobRole.MaxReasonLength);
        row.DecidedByUserId = who.UserId;
        row.DecidedByName = Shorten(who.Name, 256);
        row.DecidedUtc = Now;
    }

    private void Record(JobRole role, string? note, Decider who)
    {
        role.MappingNote = note;
        role.MappedByUserId = who.UserId;
        role.MappedByName = Shorten(who.Name, 256);
        role.MappedUtc = Now;
        role.NeedsReview = false;
        role.ReviewReason = null;
        role.ReviewFlaggedUtc = null;
        role.UpdatedUtc = Now;
    }

    /// <summary>Adds the decision to the role's history; nothing else writes it, and nothing changes it afterwards.</summary>
    private void Log(JobRole role, RoleDecisionKind kind, string? reference, string? version, string? note, Decider who) =>
        db.RoleDecisions.Add(new RoleDecision
        {
            OrganisationId = role.OrganisationId,
            JobRoleId = role.Id,
            Kind = kind,
            Reference = reference,
            Version = version,
            Note = string.IsNullOrWhiteSpace(note) ? null : note,
            DecidedByUserId = who.UserId,
            DecidedByName = Shorten(who.Name, 256)!,
            DecidedUtc = Now,
        });

    /// <summary>Back to where the matcher left it, with nobody's confirmation on record (the history keeps it).</summary>
    private static void Reopen(JobRole role)
    {
        role.Status = role.SuggestedReference is null ? MappingStatus.Unmapped : MappingStatus.Suggested;
        role.MappingNote = null;
        role.MappedByUserId = null;
        role.MappedByName = null;
        role.MappedUtc = null;
        role.NeedsReview = false;
        role.ReviewReason = null;
        role.ReviewFlaggedUtc = null;
    }

    private void RemoveWhere(JobRole role, Func<RoleStandard, bool> predicate)
    {
        foreach (var row in role.Standards.Where(predicate).ToList())
        {
            role.Standards.Remove(row);
            db.RoleStandards.Remove(row);
        }
    }

    private static string? Shorten(string? text, int most) => text is { Length: > 0 } t && t.Length > most ? t[..most] : text;
}
