namespace RoleMapper.Core.Export;

/// <summary>A maturity statement the council meets, in the LGA's words, with the evidence it gave (text and links).</summary>
public sealed record MetStatement(string Text, string? Evidence = null);
