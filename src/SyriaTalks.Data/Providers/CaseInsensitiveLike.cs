using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SyriaTalks.Data.Providers;

/// <summary>
/// Rewrites <c>EF.Functions.Like</c> to <c>ILIKE</c> before a PostgreSQL query is compiled, so a filter typed in
/// lower case finds the same rows as on SQLite, whose LIKE ignores case.
/// </summary>
internal sealed class CaseInsensitiveLike : ExpressionVisitor, IQueryExpressionInterceptor
{
    public static readonly CaseInsensitiveLike Instance = new();

    private static readonly MethodInfo Like3 = Method(typeof(DbFunctionsExtensions), nameof(DbFunctionsExtensions.Like), 3);
    private static readonly MethodInfo Like4 = Method(typeof(DbFunctionsExtensions), nameof(DbFunctionsExtensions.Like), 4);
    private static readonly MethodInfo ILike3 = Method(typeof(NpgsqlDbFunctionsExtensions), nameof(NpgsqlDbFunctionsExtensions.ILike), 3);
    private static readonly MethodInfo ILike4 = Method(typeof(NpgsqlDbFunctionsExtensions), nameof(NpgsqlDbFunctionsExtensions.ILike), 4);

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData) => Visit(queryExpression);

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var visited = (MethodCallExpression)base.VisitMethodCall(node);
        if (visited.Method == Like3)
        {
            return Expression.Call(ILike3, visited.Arguments);
        }
        return visited.Method == Like4 ? Expression.Call(ILike4, visited.Arguments) : visited;
    }

    private static MethodInfo Method(Type type, string name, int parameters) =>
        type.GetMethods().Single(m => m.Name == name && m.GetParameters().Length == parameters && m.GetParameters().All(p => p.ParameterType == typeof(string) || p.ParameterType == typeof(DbFunctions)));
}
