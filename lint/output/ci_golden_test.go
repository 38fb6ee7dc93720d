package output

// The expected output of the sample run (formats_test.go) in the
// line-oriented CI formats, checked by hand: character columns for GitHub
// and Checkstyle, UTF-8 byte columns for rdjson (line 3 opens with two
// three-byte quotes, so "Mark Routh" spans characters 8-18, bytes 12-22).

const wantGitHub = `::warning file=dir/a.txt,line=1,col=18,endLine=1,endColumn=27,title=newslint name-variant::"Mark Roth" looks like another spelling of "Mark Rutte"
::warning file=dir/a.txt,line=2,col=1,endLine=2,endColumn=23,title=newslint boilerplate::stray related-article link left in the article: "Baca juga: Berita lain"
::error file=dir/a.txt,line=3,col=8,endLine=3,endColumn=18,title=newslint title-conflict::50%25 "aman": <ya>, & 'tidak'%0Abaris dua%0D
::notice file=dir/a.txt,line=3,col=20,endLine=3,endColumn=24,title=newslint kb-info::info: a, b
::error file=dir/b%2C c.txt::not valid UTF-8 (invalid byte 0xff at line 1, offset 0)
`

const wantRDJSON = `{"source":{"name":"newslint","url":"https://github.com/newslint/newslint"}
,"diagnostics":[
{"message":"\"Mark Roth\" looks like another spelling of \"Mark Rutte\"","location":{"path":"dir/a.txt","range":{"start":{"line":1,"column":18},"end":{"line":1,"column":27}}},"severity":"WARNING","code":{"value":"name-variant"},"suggestions":[{"range":{"start":{"line":1,"column":23},"end":{"line":1,"column":27}},"text":"Rutte"}]}
,{"message":"stray related-article link left in the article: \"Baca juga: Berita lain\"","location":{"path":"dir/a.txt","range":{"start":{"line":2,"column":1},"end":{"line":2,"column":23}}},"severity":"WARNING","code":{"value":"boilerplate"},"suggestions":[{"range":{"start":{"line":2,"column":1},"end":{"line":3,"column":1}},"text":""}]}
,{"message":"50% \"aman\": <ya>, & 'tidak'\nbaris dua\r","location":{"path":"dir/a.txt","range":{"start":{"line":3,"column":12},"end":{"line":3,"column":22}}},"severity":"ERROR","code":{"value":"title-conflict"},"suggestions":[{"range":{"start":{"line":3,"column":17},"end":{"line":3,"column":22}},"text":"Rutte & <Co>"}]}
,{"message":"info: a, b","location":{"path":"dir/a.txt","range":{"start":{"line":3,"column":24},"end":{"line":3,"column":28}}},"severity":"INFO","code":{"value":"kb-info"}}
,{"message":"not valid UTF-8 (invalid byte 0xff at line 1, offset 0)","location":{"path":"dir/b, c.txt"},"severity":"ERROR"}
]}
`

const wantCheckstyle = `<?xml version="1.0" encoding="UTF-8"?>
<checkstyle version="4.3">
  <file name="dir/a.txt">
    <error line="1" column="18" severity="warning" message="&#34;Mark Roth&#34; looks like another spelling of &#34;Mark Rutte&#34;" source="newslint.name-variant"/>
    <error line="2" column="1" severity="warning" message="stray related-article link left in the article: &#34;Baca juga: Berita lain&#34;" source="newslint.boilerplate"/>
    <error line="3" column="8" severity="error" message="50% &#34;aman&#34;: &lt;ya&gt;, &amp; &#39;tidak&#39;&#xA;baris dua&#xD;" source="newslint.title-conflict"/>
    <error line="3" column="20" severity="info" message="info: a, b" source="newslint.kb-info"/>
  </file>
  <file name="dir/b, c.txt">
    <error line="0" column="0" severity="error" message="not valid UTF-8 (invalid byte 0xff at line 1, offset 0)" source="newslint"/>
  </file>
  <file name="clean.txt">
  </file>
</checkstyle>
`
