using KnowledgeBase.Procedures;

namespace KnowledgeBase.Facts;

/// <summary>
/// Tells the facts the importer derived from the editors' corrections. The importer stamps its facts with their
/// fingerprint; facts that no longer match the stamp were changed by hand and are kept by a re-import or a refresh.
/// </summary>
public static class ImportedFacts
{
    /// <summary>The facts the current reader derives from the record's text, stamped as imported.</summary>
    public static ProcedureFacts Derive(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var facts = FactSheet.Derive(procedure with { Facts = null });
        return facts with { Imported = facts.ContentFingerprint() };
    }

    /// <summary>
    /// The facts an editor changed: the file's facts when they no longer match the stamp the import wrote with them
    /// (or, for a file without one, differ from what its own text gives); null when they are as imported, so the
    /// catalogue text and the current reader decide.
    /// </summary>
    public static ProcedureFacts? EditedIn(Procedure? procedure) => procedure?.Facts switch
    {
        null => null,
        { Imported: { } imported } facts => imported == facts.ContentFingerprint() ? null : facts,
        var facts => facts.SameAs(FactSheet.Derive(procedure with { Facts = null })) ? null : facts,
    };
}
