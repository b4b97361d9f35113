// Two files: a StatefulSet (with a claim template, a pod volume and two containers) and its Service.
export const STS_URI = 'file:///sts.yaml';
export const SVC_URI = 'file:///svc.yaml';

export function statefulSet(marks: Partial<Record<'serviceName' | 'mount' | 'claim' | 'volume' | 'selectorKey' | 'selectorValue' | 'label', string>> = {}): string {
  const m = (key: keyof typeof marks) => marks[key] ?? '';
  return `#caret
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: ng${m('serviceName')}inx
  selector:
    matchLabels:
      ap${m('selectorKey')}p: ngi${m('selectorValue')}nx
  template:
    metadata:
      labels:
        app: nginx
        ti${m('label')}er: web
    spec:
      containers:
      - name: nginx
        image: nginx
        volumeMounts:
        - name: ww${m('mount')}w
          mountPath: /usr/share/nginx/html
        - name: config
          mountPath: /etc/nginx
      - name: sidecar
        image: busybox
        volumeMounts:
        - name: www
          mountPath: /data
      volumes:
      - name: con${m('volume')}fig
        configMap:
          name: nginx-config
  volumeClaimTemplates:
  - metadata:
      name: w${m('claim')}ww
    spec:
      accessModes: [ReadWriteOnce]
      resources:
        requests:
          storage: 1Gi
`;
}

export function service(marks: Partial<Record<'name' | 'selector', string>> = {}): string {
  return `#caret
apiVersion: v1
kind: Service
metadata:
  name: ngi${marks.name ?? ''}nx
spec:
  clusterIP: None
  selector:
    ap${marks.selector ?? ''}p: nginx
  ports:
  - port: 80
`;
}
