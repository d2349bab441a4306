namespace SyriaTalks.Web.Infrastructure;

/// <summary>The id a user can quote for one request: in the X-Correlation-Id header, problem details' traceId, the error page and the logs.</summary>
public static class CorrelationId
{
    public static string Of(HttpContext context) => context.TraceIdentifier;
}
