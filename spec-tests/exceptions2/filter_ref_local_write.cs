// minimal: a filter that writes a local through a ref local declared outside the filter; the
// write must be visible to the filter itself, the handler and the code after it
int b = 2;
ref int rb = ref b;
try { throw new Exception("x"); }
catch (Exception) when ((rb = 20) == 20 && Show("filter b=" + b)) { Console.WriteLine("catch b=" + b); }
Console.WriteLine("after b=" + b);
static bool Show(string s) { Console.WriteLine(s); return true; }
