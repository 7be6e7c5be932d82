using RoleMapper.Core.Data;

namespace RoleMapper.Migrations.Sqlite;

/// <summary>The Sqlite model for <c>dotnet ef</c>, found in this assembly when it is the startup project.</summary>
public sealed class DesignTimeDbContextFactory() : DesignTimeContextFactory(DatabaseProvider.Sqlite);
