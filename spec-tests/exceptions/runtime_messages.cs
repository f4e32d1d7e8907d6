// Message texts and types of exceptions raised by the runtime and common library calls
static void T(string what, Action a)
{
    try { a(); Console.WriteLine(what + ": no exception"); }
    catch (Exception e) { Console.WriteLine($"{what}: {e.GetType().FullName}: {e.Message}"); }
}
object o = "str";
int[] arr = new int[2];
string? nul = null;
var list = new List<int> { 1 };
var dict = new Dictionary<string, int>();
T("null deref", () => Console.WriteLine(nul!.Length));
T("index", () => arr[2] = 1);
T("negative index", () => Console.WriteLine(arr[-1]));
T("invalid cast", () => Console.WriteLine((int)o));
T("div zero", () => Console.WriteLine(arr.Length / arr[0]));
T("new negative", () => Console.WriteLine(new int[arr[0] - 1].Length));
T("list index", () => Console.WriteLine(list[5]));
T("dict key", () => Console.WriteLine(dict["missing"]));
T("dict dup", () => { dict.Add("k", 1); dict.Add("k", 2); });
T("parse", () => int.Parse("12x"));
T("parse overflow", () => int.Parse("99999999999"));
T("substring", () => "abc".Substring(5));
T("enumerator modified", () => { foreach (var x in list) list.Add(x); });
T("empty first", () => Array.Empty<int>().First());
T("single many", () => new[] { 1, 2 }.Single());
T("max empty", () => new List<double>().Max());
T("nullable", () => { int? n = null; Console.WriteLine(n.Value); });
T("array type", () => { object[] objs = new string[1]; objs[0] = 1; });
T("checked", () => { int x = int.MaxValue; x = checked(x + arr.Length); });
T("null arg", () => string.Join(",", (string[])null!));
T("format", () => string.Format("{2}", 1));
T("queue empty", () => new Queue<int>().Dequeue());
T("stack empty", () => new Stack<int>().Pop());
T("char index", () => Console.WriteLine("ab"[2]));
T("convert", () => Convert.ToInt32("abc"));
T("enum parse", () => Enum.Parse<DayOfWeek>("Funday"));
T("range", () => new List<int>().GetRange(0, 1));
T("insert", () => list.Insert(5, 1));
T("copy", () => Array.Copy(arr, new int[1], 2));
T("not impl", () => throw new NotImplementedException());
T("unboxing", () => { object b = 1L; int i = (int)b; });
