using YamlDotNet.Serialization;

namespace KnowledgeBase.Content;

/// <summary>The YAML front matter of a procedure file, exactly as editors write it.</summary>
internal sealed class FrontMatter
{
    [YamlMember(Alias = "code")] public string? Code { get; set; }
    [YamlMember(Alias = "name")] public string? Name { get; set; }
    [YamlMember(Alias = "levels")] public List<string>? Levels { get; set; }
    [YamlMember(Alias = "ministry")] public string? Ministry { get; set; }
    [YamlMember(Alias = "field")] public string? Field { get; set; }
    [YamlMember(Alias = "agency")] public string? Agency { get; set; }
    [YamlMember(Alias = "applicant")] public string? Applicant { get; set; }
    [YamlMember(Alias = "source")] public string? Source { get; set; }
    [YamlMember(Alias = "decision")] public string? Decision { get; set; }
    [YamlMember(Alias = "type")] public string? Type { get; set; }
    [YamlMember(Alias = "updated")] public string? Updated { get; set; }
    [YamlMember(Alias = "audience")] public string? Audience { get; set; }
    [YamlMember(Alias = "aliases")] public List<string>? Aliases { get; set; }
    [YamlMember(Alias = "channels")] public List<FrontMatterChannel>? Channels { get; set; }
}

internal sealed class FrontMatterChannel
{
    [YamlMember(Alias = "channel")] public string? Channel { get; set; }
    [YamlMember(Alias = "time")] public string? Time { get; set; }
    [YamlMember(Alias = "fee")] public string? Fee { get; set; }
    [YamlMember(Alias = "note")] public string? Note { get; set; }
}
