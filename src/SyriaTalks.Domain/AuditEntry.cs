namespace SyriaTalks.Domain;

/// <summary>What a change to the record was, for the audit trail.</summary>
public enum AuditAction
{
    Upload,
    QuoteSpeaker,
    QuoteDelete,
    EventDelete,
    ActorRename,
    ActorMerge,
    UserAdd,
    UserRole,
    UserUnlock,
    KeyCreate,
    KeyRevoke,
    AdminSetup,
}

/// <summary>
/// One change to the record: who made it, when, to what, with the values before and after. Written in the same
/// transaction as the change it describes, never updated or deleted by the app.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The account's id when an account made the change (none for the command line); kept after the account goes.</summary>
    public string? UserId { get; set; }

    /// <summary>The account's name at the time ("cli" for the command line).</summary>
    public required string UserName { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>Human-readable target ("article 12", "quote 40", "actor Kodmani", "user anna").</summary>
    public required string Target { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }

    /// <summary>How the change came in: "page", "api" (with the key's name) or "cli".</summary>
    public string? Via { get; set; }
}
