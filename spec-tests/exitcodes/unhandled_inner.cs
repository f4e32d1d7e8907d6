// an unhandled exception with an inner exception, thrown from a nested call after output: the
// first stderr line names the outer type and message, exit code 134, stdout kept
Console.WriteLine("before");
try
{
    Parse("12a");
}
catch (FormatException e)
{
    Console.WriteLine("wrapping " + e.GetType().Name);
    throw new InvalidOperationException("config value is broken", e);
}
static int Parse(string s) => int.Parse(s);
