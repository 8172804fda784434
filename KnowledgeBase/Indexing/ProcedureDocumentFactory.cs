using KnowledgeBase.Procedures;
using KnowledgeBase.Search;
using KnowledgeBase.Search.Synonyms;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace KnowledgeBase.Indexing;

/// <summary>One Lucene document per procedure: ranked text fields (accented and folded), per-section fields,
/// exact filter keys, and the procedure itself as stored JSON.</summary>
public static class ProcedureDocumentFactory
{
    /// <param name="synonyms">The build's synonyms, which spell out abbreviations in names (see <see cref="NameAbbreviations"/>).</param>
    public static Document Create(Procedure procedure, SynonymSet? synonyms = null)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var document = new Document
        {
            new StringField(SearchFields.Code, procedure.Code, Field.Store.NO),
            new StoredField(SearchFields.Stored, ProcedureJson.Serialize(procedure)),
        };

        AddText(document, SearchFields.Name, SearchFields.NameFolded, NameAbbreviations.Expand(procedure.Name, synonyms ?? SynonymSet.Empty));
        foreach (var alias in procedure.Aliases)
        {
            AddText(document, SearchFields.Aliases, SearchFields.AliasesFolded, alias);
        }

        document.Add(new BinaryDocValuesField(SearchFields.Names, new BytesRef(string.Join('\n', new[] { procedure.Code, procedure.Name }.Concat(procedure.Aliases)))));
        document.Add(new BinaryDocValuesField(SearchFields.Audience, new BytesRef(procedure.Audience ?? "")));
        foreach (var key in PhraseKeys.OfName(procedure.Name).Concat(procedure.Aliases.SelectMany(PhraseKeys.OfAlias)).Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(SearchFields.PhraseKey, key, Field.Store.NO));
        }

        foreach (var prefix in PhraseKeys.PrefixesOf(procedure.Name))
        {
            document.Add(new StringField(SearchFields.PhrasePrefix, prefix, Field.Store.NO));
        }

        foreach (var name in PhraseKeys.ObjectsOf(procedure.Name))
        {
            document.Add(new StringField(SearchFields.PhraseObject, name, Field.Store.NO));
        }

        foreach (var meta in new[] { procedure.Field, procedure.Ministry, procedure.Agency, procedure.Applicant })
        {
            AddText(document, SearchFields.Meta, SearchFields.MetaFolded, meta);
        }

        // One value per section, in the order of procedure.Sections, so SectionPositions maps a match back to its
        // section. The heading leads each value: it makes every value non-empty (keeping the ordinals aligned) and
        // lets intent words expanded to a heading ("bao lâu" → "thời hạn giải quyết") find their section.
        foreach (var section in procedure.Sections)
        {
            document.Add(new TextField(SearchFields.BodyFolded, section.Heading + ". " + section.Text, Field.Store.NO));
        }

        foreach (var level in procedure.Levels)
        {
            document.Add(new StringField(SearchFields.LevelKey, FoldedKey.Of(level), Field.Store.NO));
        }

        if (procedure.Field is not null)
        {
            document.Add(new StringField(SearchFields.FieldKey, FoldedKey.Of(procedure.Field), Field.Store.NO));
        }

        if (procedure.Ministry is not null)
        {
            document.Add(new StringField(SearchFields.MinistryKey, FoldedKey.Of(procedure.Ministry), Field.Store.NO));
        }

        return document;
    }

    private static void AddText(Document document, string accentedField, string foldedField, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        document.Add(new TextField(accentedField, text, Field.Store.NO));
        document.Add(new TextField(foldedField, text, Field.Store.NO));
    }
}
