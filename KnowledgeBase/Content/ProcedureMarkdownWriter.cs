using System.Globalization;
using System.Text;
using KnowledgeBase.Procedures;
using YamlDotNet.Serialization;

namespace KnowledgeBase.Content;

/// <summary>Writes a <see cref="Procedure"/> in the editor-facing format that <see cref="ProcedureMarkdownReader"/> reads.</summary>
public static class ProcedureMarkdownWriter
{
    private static readonly ISerializer Yaml = new SerializerBuilder()
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitEmptyCollections)
        .WithQuotingNecessaryStrings()
        .DisableAliases()
        .Build();

    public static string Write(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var front = new FrontMatter
        {
            Code = procedure.Code,
            Name = procedure.Name,
            Levels = [.. procedure.Levels],
            Ministry = procedure.Ministry,
            Field = procedure.Field,
            Agency = procedure.Agency,
            Applicant = procedure.Applicant,
            Source = procedure.SourceUrl,
            Decision = procedure.Decision,
            Type = procedure.ProcedureType,
            Updated = procedure.Updated?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Audience = procedure.Audience,
            Aliases = procedure.Aliases.Count == 0 ? null : [.. procedure.Aliases],
            Channels = procedure.Channels.Count == 0
                ? null
                : procedure.Channels.Select(c => new FrontMatterChannel { Channel = c.Channel, Time = c.Time, Fee = c.Fee, Note = c.Note }).ToList(),
            Facts = FactsFrontMatter.ToFrontMatter(procedure.Facts),
        };

        var builder = new StringBuilder();
        builder.Append("---\n").Append(Yaml.Serialize(front).Replace("\r\n", "\n", StringComparison.Ordinal)).Append("---\n\n");
        builder.Append("# ").Append(procedure.Name).Append("\n\n");
        foreach (var kind in SectionHeadings.All)
        {
            var section = procedure.GetSection(kind);
            if (section is null)
            {
                continue;
            }

            builder.Append("## ").Append(SectionHeadings.HeadingOf(kind)).Append("\n\n");
            if (section.Markdown.Length > 0)
            {
                builder.Append(section.Markdown.Trim()).Append("\n\n");
            }
        }

        return builder.ToString().TrimEnd('\n') + "\n";
    }
}
