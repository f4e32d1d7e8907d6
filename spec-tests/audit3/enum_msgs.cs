using System;
using System.Collections.Generic;
class P {
  static void T(string name, Action f) {
    try { f(); Console.WriteLine(name + ": ok"); }
    catch (Exception e) { Console.WriteLine(name + ": " + e.GetType().FullName + ": " + e.Message); }
  }
  static void Main() {
    T("queue", () => { var q = new Queue<int>(new[]{1,2}); foreach (var x in q) q.Enqueue(3); });
    T("stack", () => { var q = new Stack<int>(new[]{1,2}); foreach (var x in q) q.Push(3); });
    T("llist", () => { var q = new LinkedList<int>(new[]{1,2}); foreach (var x in q) q.AddLast(3); });
    T("hset", () => { var q = new HashSet<int>{1}; foreach (var x in q) q.Add(5); });
    T("list", () => { var q = new List<int>{1}; foreach (var x in q) q.Add(5); });
    T("dict", () => { var q = new Dictionary<int,int>{{1,1}}; foreach (var x in q) q[5] = 1; });
    T("sdictdup", () => { var q = new SortedDictionary<string,string>{{"a",null}}; q.Add("a", null); });
    T("slistdup", () => { var q = new SortedList<int,int>{{1,1}}; q.Add(1, 2); });
    T("ssetview", () => { var s = new SortedSet<int>{1,2}; s.GetViewBetween(5, 1); });
    T("hs_sym", () => { var h = new HashSet<int>{1,2,3}; h.IntersectWith(new[]{2,3,4}); h.SymmetricExceptWith(new[]{3,5}); Console.Write(string.Join(",", h) + " "); });
    T("hs_sym2", () => { var h = new HashSet<int>{10,20,30}; h.SymmetricExceptWith(new[]{20,40,50,10}); Console.Write(string.Join(",", h) + " "); });
    T("hs_int", () => { var h = new HashSet<int>{1,2,3,4,5}; h.IntersectWith(new[]{5,3,1}); h.Add(9); Console.Write(string.Join(",", h) + " "); });
    T("hs_exc", () => { var h = new HashSet<int>{1,2,3,4,5}; h.ExceptWith(new[]{2,4}); h.Add(7); h.Add(8); Console.Write(string.Join(",", h) + " "); });
  }
}
