namespace SyriaTalks.Ingestion.Storing;

/// <summary>
/// The form of an article's address used to recognise the same article: scheme and host lower-cased,
/// default port, fragment and tracking parameters (utm_*, fbclid, gclid) dropped, no trailing slash.
/// </summary>
public static class CanonicalUrl
{
    private static readonly string[] TrackingPrefixes = ["utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid"];

    /// <summary>
    /// The canonical form of an absolute http(s) URL; null for anything else, so that a page's <c>javascript:</c> or
    /// <c>data:</c> "canonical link" is never stored and later rendered as a link.
    /// </summary>
    public static string? Normalize(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)
            || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }
        var query = string.Join('&', uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !TrackingPrefixes.Any(t => p.StartsWith(t, StringComparison.OrdinalIgnoreCase))));
        var path = uri.AbsolutePath.Length > 1 ? uri.AbsolutePath.TrimEnd('/') : "";
        var port = uri.IsDefaultPort ? "" : ":" + uri.Port;
        return $"{uri.Scheme}://{uri.Host.ToLowerInvariant()}{port}{path}{(query.Length > 0 ? "?" + query : "")}";
    }
}
