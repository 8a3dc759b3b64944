import json,os,sys
a='/tmp/cite21-before'; b='/tmp/cite21-after'
NEW={'attachments','related','disclosure'}
diff=0; cnt={'attachments':0,'related':0,'disclosure':0}; n=0
for f in sorted(os.listdir(a)):
    x=json.load(open(os.path.join(a,f))); y=json.load(open(os.path.join(b,f)))
    n+=1
    for k in ('capturedAt',): x.pop(k,None); y.pop(k,None)
    yy={k:v for k,v in y.items() if k not in NEW}
    if x!=yy:
        diff+=1; print('DIFF',f,[k for k in set(x)|set(yy) if x.get(k)!=yy.get(k)])
    for k in NEW:
        if y.get(k): cnt[k]+=1
print(n,'records',diff,'differ',cnt)
