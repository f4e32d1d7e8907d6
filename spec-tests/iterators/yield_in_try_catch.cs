// iterators and exceptions: an exception thrown from inside an iterator propagates to the
// consumer after running the iterator's finally blocks, try/catch around code between yields
// (allowed when the yield is outside the try), Current after the end, Reset not supported, and
// iterators that validate arguments eagerly via a wrapper
try { foreach (var x in Faulty()) Console.Write(x + " "); }
catch (InvalidOperationException e) { Console.WriteLine("| consumer caught " + e.Message); }
foreach (var x in Recovering(new[] { "1", "two", "3", "", "5" })) Console.Write(x + " ");
Console.WriteLine();
try { var lazy = Range(5, -1); Console.WriteLine("validated eagerly? no exception yet"); }
catch (ArgumentException) { Console.WriteLine("WRONG"); }
try { var eager = CheckedRange(5, -1); Console.WriteLine("WRONG"); }
catch (ArgumentOutOfRangeException e) { Console.WriteLine("eager check: " + e.ParamName); }
var en = Range(0, 2).GetEnumerator();
while (en.MoveNext()) Console.Write(en.Current + " ");
Console.WriteLine("done, MoveNext again: " + en.MoveNext());
try { ((System.Collections.IEnumerator)en).Reset(); } catch (NotSupportedException) { Console.WriteLine("Reset not supported"); }
static IEnumerable<int> Faulty()
{
    try
    {
        yield return 1;
        yield return 2;
        throw new InvalidOperationException("iterator broke");
    }
    finally { Console.Write("[iterator finally] "); }
}
static IEnumerable<int> Recovering(string[] inputs)
{
    foreach (var s in inputs)
    {
        int value;
        try { value = int.Parse(s); }
        catch (FormatException) { value = -1; }
        yield return value;
    }
}
static IEnumerable<int> Range(int start, int count)
{
    if (count < 0) throw new ArgumentOutOfRangeException(nameof(count));
    for (int i = 0; i < count; i++) yield return start + i;
}
static IEnumerable<int> CheckedRange(int start, int count)
{
    ArgumentOutOfRangeException.ThrowIfNegative(count);
    return Range(start, count);
}
