namespace ConsultHub.EndToEnd.Tests.Security;

/// <summary>
/// Hostile text for every field a person can type that others see. Each one would set
/// <c>window.__xss</c>, create an element or navigate if it were ever parsed as markup or followed.
/// </summary>
public static class Payloads
{
    /// <summary>An image whose error handler runs script.</summary>
    public const string Img = "<img src=x onerror=window.__xss=1>";

    /// <summary>A script element.</summary>
    public const string Script = "<script>window.__xss=1</script>";

    /// <summary>Breaks out of a quoted attribute into an SVG with an onload handler.</summary>
    public const string Svg = "\"><svg onload=window.__xss=1>";

    /// <summary>A link with a <c>javascript:</c> URL.</summary>
    public const string JavaScriptLink = "<a href=\"javascript:window.__xss=1\">open</a>";

    /// <summary>A bare <c>javascript:</c> URL, as a name or an option.</summary>
    public const string JavaScriptUrl = "javascript:window.__xss=1";

    /// <summary>A frame whose document reaches back into the page.</summary>
    public const string Frame = "<iframe srcdoc=\"<script>parent.__xss=1</script>\"></iframe>";

    /// <summary>Closes the document title and opens a script.</summary>
    public const string Title = "Consultation </title><script>window.__xss=1</script> on data";

    /// <summary>A Markdown link to script (summaries are Markdown).</summary>
    public const string MarkdownLink = "[read more](javascript:window.__xss=1) <b>bold</b>";
}
