// Exceptions (type and message) thrown by string operations with bad arguments.
using System;
using System.Text;

class Program
{
    static void Try(string label, Func<object?> f)
    {
        try { Console.WriteLine($"{label} -> {f()}"); }
        catch (Exception e) { Console.WriteLine($"{label} -> {e.GetType().FullName}: {e.Message}"); }
    }

    static void Main()
    {
        string s = "hello";
        string? nul = null;
        Try("Substring(6)", () => s.Substring(6));
        Try("Substring(5)", () => s.Substring(5));
        Try("Substring(-1)", () => s.Substring(-1));
        Try("Substring(2, 10)", () => s.Substring(2, 10));
        Try("indexer [5]", () => s[5]);
        Try("indexer [-1]", () => s[-1]);
        Try("range [3..1]", () => s[3..1]);
        Try("null.Length", () => nul!.Length);
        Try("Remove(10)", () => s.Remove(10));
        Try("Insert(9, x)", () => s.Insert(9, "x"));
        Try("PadLeft(-1)", () => s.PadLeft(-1));
        Try("new string('x', -1)", () => new string('x', -1));
        Try("Replace empty", () => s.Replace("", "x"));
        Try("Replace null", () => s.Replace(null!, "x"));
        Try("Join null", () => string.Join(",", (string[])null!));
        Try("Format bad", () => string.Format("{0} {1}", "only one"));
        Try("Format brace", () => string.Format("{0", 1));
        Try("IndexOf start", () => s.IndexOf('l', 10));
        Try("CompareTo null", () => s.CompareTo(null));
        Try("StringBuilder cap", () => new StringBuilder(-1));
        Try("Split count", () => s.Split(',', -1));
    }
}
