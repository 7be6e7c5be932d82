namespace RoleMapper.Core.Accounts;

/// <summary>
/// One thing done to a council's registration: who did it (their email address, kept as text so the entry outlives
/// the account), when, and what. The sector team's actions and the council admins' answers to join requests are all
/// logged, and shown on the sector's page of the council.
/// </summary>
public sealed class CouncilLogEntry
{
    public long Id { get; set; }
    public int OrganisationId { get; set; }
    public DateTime AtUtc { get; set; }
    public required string ByEmail { get; set; }
    public CouncilLogAction Action { get; set; }
    /// <summary>What the action changed, in words, e.g. "handed to jo@adur.gov.uk; 1 admin made a member".</summary>
    public string? Detail { get; set; }

    public const int MaxDetailLength = 500;
}

public static class CouncilLog
{
    /// <summary>Adds an entry to the context's changes; the caller saves it with what it records.</summary>
    public static void Log(this Data.RoleMapperDbContext db, int organisationId, string byEmail, CouncilLogAction action, string? detail, DateTime atUtc) =>
        db.CouncilLog.Add(new CouncilLogEntry
        {
            OrganisationId = organisationId, ByEmail = byEmail, Action = action, AtUtc = atUtc,
            Detail = detail is { Length: > CouncilLogEntry.MaxDetailLength } ? detail[..CouncilLogEntry.MaxDetailLength] : detail,
        });
}

public enum CouncilLogAction
{
    Registered,
    CreatedByCommand,
    JoinRequested,
    JoinAccepted,
    JoinDeclined,
    Verified,
    Suspended,
    HandedOver,
}

public static class CouncilLogText
{
    public static string Display(this CouncilLogAction action) => action switch
    {
        CouncilLogAction.Registered => "Registered",
        CouncilLogAction.CreatedByCommand => "Created from the command line",
        CouncilLogAction.JoinRequested => "Asked to join",
        CouncilLogAction.JoinAccepted => "Join request accepted",
        CouncilLogAction.JoinDeclined => "Join request declined",
        CouncilLogAction.Verified => "Verified",
        CouncilLogAction.Suspended => "Suspended",
        _ => "Handed over",
    };
}
