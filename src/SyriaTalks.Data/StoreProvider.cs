namespace SyriaTalks.Data;

/// <summary>The database engine behind the store, chosen by <c>Database:Provider</c>.</summary>
public enum StoreProvider
{
    /// <summary>An embedded SQLite file: nothing to install, one machine.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: one store shared by several app instances.</summary>
    PostgreSql,
}
