using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace RoleMapper.Core.Data;

/// <summary>Stores DateTime as UTC and marks values read back as UTC.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
