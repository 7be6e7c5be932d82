namespace RoleMapper.Core.StandardsFeed;

public enum ImportOutcome
{
    Running,
    Succeeded,
    Failed,
    /// <summary>Stopped on purpose before it finished (Ctrl+C, SIGTERM, the app shutting down); nothing was changed.</summary>
    Cancelled,
}

/// <summary>The audit row of one import: when, from where, what happened and why.</summary>
public sealed class ImportRun
{
    public int Id { get; set; }
    public DateTime StartedUtc { get; set; }
    public DateTime? FinishedUtc { get; set; }
    public required string Source { get; set; }
    /// <summary>The date the feed describes: the date in a snapshot's file name, else the day it was fetched.</summary>
    public DateOnly FeedDate { get; set; }
    public ImportOutcome Outcome { get; set; }
    /// <summary>Why a failed run changed nothing. Null for a successful run.</summary>
    public string? FailureReason { get; set; }

    public int Records { get; set; }
    public int Added { get; set; }
    public int StatusChanges { get; set; }
    public int ContentChanges { get; set; }
    public int Vanished { get; set; }
    public int Unchanged { get; set; }
    public int Rejected { get; set; }
    /// <summary>Standards with an approved version in the feed after the run.</summary>
    public int Approved { get; set; }
    /// <summary>Standards whose approved version is a different one after the run (e.g. 1.2 to 2.0).</summary>
    public int ApprovedVersionChanges { get; set; }
    /// <summary>Standards with an approved version after the run but none before.</summary>
    public int NewlyApproved { get; set; }
    /// <summary>Standards with an approved version before the run but none after (retired, withdrawn or gone).</summary>
    public int NoLongerApproved { get; set; }

    /// <summary>Record-level errors: that standard's previous rows were kept.</summary>
    public List<ImportMessage> Errors { get; set; } = [];
    /// <summary>Reported only; nothing was held back because of them.</summary>
    public List<ImportMessage> Warnings { get; set; } = [];
}

/// <summary>A problem with one standard (or the whole feed, when <see cref="Reference"/> is empty).</summary>
public sealed class ImportMessage
{
    public string Reference { get; set; } = "";
    public required string Message { get; set; }
}
