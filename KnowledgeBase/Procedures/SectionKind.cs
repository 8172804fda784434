namespace KnowledgeBase.Procedures;

/// <summary>The fixed H2 sections of a procedure document, in the order the portal publishes them.</summary>
public enum SectionKind
{
    Steps,
    Channels,
    Documents,
    ProcessingTime,
    Fees,
    Applicants,
    Agency,
    Requirements,
    Result,
    LegalBasis,
}
