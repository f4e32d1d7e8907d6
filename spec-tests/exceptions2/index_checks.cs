// IndexOutOfRangeException and friends from runtime checks: single-dim arrays (negative, equal
// to length, int.MaxValue, long index, uint index), multi-dim arrays per dimension, jagged
// arrays, ldelema, strings, spans (including stackalloc), and the ArgumentOutOfRange-family of
// collection indexers; plus negative/oversized array creation
static void T(string what, Action a)
{
    try { a(); Console.WriteLine(what + ": no exception"); }
    catch (Exception e) { Console.WriteLine($"{what}: {e.GetType().FullName}: {e.Message}"); }
}
static int I(int x) => x;
int[] arr = new int[3];
byte[] bytes = new byte[2];
long[] longs = new long[1];
string[] strs = new string[2];
int[,] md = new int[2, 3];
int[,,] md3 = new int[1, 2, 3];
int[][] jag = { new int[1], new int[0] };
T("index = length", () => arr[I(3)] = 1);
T("index -1", () => Console.WriteLine(arr[I(-1)]));
T("index MaxValue", () => Console.WriteLine(arr[I(int.MaxValue)]));
T("index MinValue", () => Console.WriteLine(arr[I(int.MinValue)]));
T("long index", () => Console.WriteLine(arr[(long)I(5)]));
T("long index negative", () => Console.WriteLine(arr[(long)I(-1)]));
T("uint index", () => Console.WriteLine(arr[(uint)I(3)]));
T("ulong index huge", () => Console.WriteLine(arr[ulong.MaxValue]));
T("nint index", () => Console.WriteLine(arr[(nint)I(-2)]));
T("byte array", () => bytes[I(2)] = 1);
T("long array", () => longs[I(1)]++);
T("string array", () => strs[I(2)] = "x");
T("ldelema", () => Inc(ref arr[I(7)]));
T("md dim0", () => Console.WriteLine(md[I(2), 0]));
T("md dim1", () => Console.WriteLine(md[0, I(3)]));
T("md negative", () => md[I(-1), 0] = 1);
T("md3 last dim", () => md3[0, 1, I(3)] = 1);
T("md address", () => Inc(ref md[1, I(5)]));
T("jagged inner", () => Console.WriteLine(jag[1][I(0)]));
T("jagged outer", () => Console.WriteLine(jag[I(2)][0]));
T("string index", () => Console.WriteLine("abc"[I(3)]));
T("string index neg", () => Console.WriteLine("abc"[I(-1)]));
T("span index", () => { Span<int> sp = arr; sp[I(3)] = 1; });
T("readonly span index", () => { ReadOnlySpan<char> sp = "hi"; Console.WriteLine(sp[I(2)]); });
T("stackalloc span", () => { Span<byte> sp = stackalloc byte[4]; sp[I(4)] = 1; });
T("span slice", () => { Span<int> sp = arr; Console.WriteLine(sp.Slice(I(4)).Length); });
T("list indexer", () => Console.WriteLine(new List<int> { 1 }[I(1)]));
T("list set", () => { var l = new List<int>(); l[I(0)] = 1; });
T("new int[-1]", () => Console.WriteLine(new int[I(-1)].Length));
T("new int[long -1]", () => Console.WriteLine(new int[(long)I(-1)].Length));
T("new md negative", () => Console.WriteLine(new int[I(2), I(-3)].Length));
T("GetValue", () => Console.WriteLine(arr.GetValue(I(3))));
T("md GetValue", () => Console.WriteLine(md.GetValue(I(0), I(3))));
T("Array.Resize neg", () => { var a2 = arr; Array.Resize(ref a2, I(-1)); });
T("Index from end", () => Console.WriteLine(arr[^I(4)]));
T("Range", () => Console.WriteLine(arr[I(2)..I(5)].Length));
T("string range", () => Console.WriteLine("abc"[I(1)..I(9)]));
static void Inc(ref int x) => x++;
