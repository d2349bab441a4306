using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SyriaTalks.Data;

namespace SyriaTalks.Ingestion.Storing;

/// <summary>
/// Prepared INSERT and UPDATE commands for the rows of stored articles, on the context's connection and transaction.
/// EF Core's SQLite provider sends one freshly built <c>INSERT … RETURNING</c> per tracked row, which SQLite parses anew
/// each time; these commands are parsed once per batch and only rebound per row. Table names, column names, quoting
/// and parameter types come from the EF model and its provider's type mappings, so the SQL is each store's own.
/// </summary>
internal sealed class StoreRows : IAsyncDisposable
{
    private readonly DbConnection connection;
    private readonly DbTransaction transaction;
    private readonly IModel model;
    private readonly ISqlGenerationHelper sql;
    // Keyed by the caller's column list (one static array per statement), so that finding a command costs no string work.
    private readonly Dictionary<string[], RowCommand> inserts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string[], RowCommand> updates = new(ReferenceEqualityComparer.Instance);

    public StoreRows(SyriaTalksDbContext db)
    {
        connection = db.Database.GetDbConnection();
        transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows are written inside the batch's transaction: begin one first.");
        model = db.Model;
        sql = db.GetService<ISqlGenerationHelper>();
    }

    /// <summary>
    /// Inserts one row; returns the generated key when <paramref name="returnKey"/> is set, else 0. Pass the same
    /// <paramref name="properties"/> array for the same statement: it names the prepared command.
    /// </summary>
    public async Task<int> InsertAsync(string entity, bool returnKey, string[] properties, object?[] values, CancellationToken ct)
    {
        if (!inserts.TryGetValue(properties, out var command))
        {
            command = InsertCommand(entity, returnKey, properties);
            inserts[properties] = command;
        }
        command.Bind(values);
        if (!returnKey)
        {
            await command.Command.ExecuteNonQueryAsync(ct);
            return 0;
        }
        return Convert.ToInt32(await command.Command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Sets <paramref name="properties"/> of the row whose key is <paramref name="id"/>.</summary>
    public async Task UpdateAsync(string entity, int id, string[] properties, object?[] values, CancellationToken ct)
    {
        if (!updates.TryGetValue(properties, out var command))
        {
            command = UpdateCommand(entity, properties);
            updates[properties] = command;
        }
        command.Bind([.. values, id]);
        await command.Command.ExecuteNonQueryAsync(ct);
    }

    // Savepoints as prepared statements too: EF's savepoint API builds and parses a new command each time.
    // SAVEPOINT, RELEASE SAVEPOINT and ROLLBACK TO SAVEPOINT read the same on SQLite and PostgreSQL.
    private const string Savepoint = "article";
    private DbCommand? savepoint;
    private DbCommand? release;
    private DbCommand? rollback;

    /// <summary>Starts the savepoint of one article.</summary>
    public Task SavepointAsync(CancellationToken ct) => Plain(ref savepoint, $"SAVEPOINT {sql.DelimitIdentifier(Savepoint)}").ExecuteNonQueryAsync(ct);

    /// <summary>Keeps the article's rows in the batch's transaction.</summary>
    public Task ReleaseSavepointAsync(CancellationToken ct) => Plain(ref release, $"RELEASE SAVEPOINT {sql.DelimitIdentifier(Savepoint)}").ExecuteNonQueryAsync(ct);

    /// <summary>Undoes everything since the article's savepoint, and ends the savepoint.</summary>
    public async Task RollbackToSavepointAsync(CancellationToken ct)
    {
        await Plain(ref rollback, $"ROLLBACK TO SAVEPOINT {sql.DelimitIdentifier(Savepoint)}").ExecuteNonQueryAsync(ct);
        await ReleaseSavepointAsync(ct);
    }

    private DbCommand Plain(ref DbCommand? command, string text)
    {
        if (command is null)
        {
            command = connection.CreateCommand();
            command.CommandText = text;
            command.Transaction = transaction;
            command.Prepare();
        }
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in inserts.Values.Concat(updates.Values))
        {
            await command.Command.DisposeAsync();
        }
        inserts.Clear();
        updates.Clear();
        foreach (var command in new[] { savepoint, release, rollback }.OfType<DbCommand>())
        {
            await command.DisposeAsync();
        }
    }

    private RowCommand InsertCommand(string entity, bool returnKey, string[] properties)
    {
        var (type, table) = Table(entity);
        var columns = properties.Select(p => Property(type, p)).ToList();
        var text = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
        if (returnKey)
        {
            text += " RETURNING " + sql.DelimitIdentifier(type.FindPrimaryKey()!.Properties.Single().GetColumnName(table)!);
        }
        return Create(text, columns);
    }

    private RowCommand UpdateCommand(string entity, string[] properties)
    {
        var (type, table) = Table(entity);
        var columns = properties.Select(p => Property(type, p)).ToList();
        var keyProperty = type.FindPrimaryKey()!.Properties.Single();
        var text = $"UPDATE {sql.DelimitIdentifier(table.Name, table.Schema)} SET "
            + string.Join(", ", columns.Select((c, i) => $"{sql.DelimitIdentifier(c.GetColumnName(table)!)} = @p{i}"))
            + $" WHERE {sql.DelimitIdentifier(keyProperty.GetColumnName(table)!)} = @p{columns.Count}";
        return Create(text, [.. columns, keyProperty]);
    }

    private RowCommand Create(string text, IReadOnlyList<IProperty> columns)
    {
        var command = connection.CreateCommand();
        command.CommandText = text;
        command.Transaction = transaction;
        var converters = new Func<object?, object?>?[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            // The provider's own mapping sets the parameter's type (a PostgreSQL date, SQLite text for a DateOnly),
            // and its converter turns enums into the strings the model stores.
            var mapping = (RelationalTypeMapping)columns[i].GetRelationalTypeMapping();
            var parameter = mapping.CreateParameter(command, "@p" + i, null, columns[i].IsNullable);
            parameter.Value = DBNull.Value;
            command.Parameters.Add(parameter);
            converters[i] = mapping.Converter is { } converter ? converter.ConvertToProvider : null;
        }
        command.Prepare();
        return new RowCommand(command, converters);
    }

    private (IEntityType Type, StoreObjectIdentifier Table) Table(string entity)
    {
        var type = model.FindEntityType(entity) ?? throw new InvalidOperationException($"No entity type {entity} in the model.");
        return (type, StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema()));
    }

    private static IProperty Property(IEntityType type, string name) =>
        type.FindProperty(name) ?? throw new InvalidOperationException($"No property {name} on {type.DisplayName()}.");

    private sealed record RowCommand(DbCommand Command, Func<object?, object?>?[] Converters)
    {
        public void Bind(object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                var value = values[i] is { } v && Converters[i] is { } convert ? convert(v) : values[i];
                Command.Parameters[i].Value = value ?? DBNull.Value;
            }
        }
    }
}
