namespace SyriaTalks.Domain;

/// <summary>
/// A key one account uses to call the API. Only the SHA-256 of the key is stored; the key itself is shown once,
/// when it is made. A revoked key stays listed (with when it was revoked) so the audit trail can still name it.
/// </summary>
public class ApiKey
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    /// <summary>What the owner calls it ("newsroom importer").</summary>
    public required string Name { get; set; }

    /// <summary>The first characters of the key, enough to tell keys apart in a list and useless to an attacker.</summary>
    public required string Prefix { get; set; }

    /// <summary>Lower-case hex SHA-256 of the whole key.</summary>
    public required string Hash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsActive => RevokedAt is null;
}
